package dev.compliancecard.csv;

import static dev.compliancecard.csv.TestPersons.newCards;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import dev.compliancecard.Actor;
import dev.compliancecard.ComplianceCards;
import dev.compliancecard.person.Person;
import dev.compliancecard.person.PersonId;

/** An import keeps its memory bounded: few rejected rows are kept, and no record is read whole if huge. */
class ImportMemoryBoundsTest {

    private static final Actor ACTOR = Actor.of("importer-1");
    private static final ContactMapping MAPPING = ContactMapping.builder()
            .id("id").email("email").other("other").build();
    private static final String HEADER = "id,email,other\n";

    private final ComplianceCards cards = newCards();

    private ContactCsvImport contactImport() {
        return ContactCsvImport.of(MAPPING).importedBy(ACTOR).into(cards);
    }

    /** Rows 2 .. count+1 each with an email the rules refuse. */
    private static String badEmailRows(int count) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < count; i++) {
            csv.append("bad-").append(i).append(",no at sign,\n");
        }
        return csv.toString();
    }

    @Test
    void theReportKeepsOnlyTheFirstRejectedRowsUpToTheLimitButCountsEveryOne() {
        // Given 3,000 rejected rows and one good row at the end
        String csv = badEmailRows(3000) + "good-1,jane@example.com,\n";

        // When
        ImportReport report = contactImport().withRejectedRowLimit(10).read(new StringReader(csv));

        // Then
        assertThat(report.loaded()).isEqualTo(1);
        assertThat(report.rejected()).extracting(RejectedRow::line)
                .containsExactlyElementsOf(LongStream.rangeClosed(2, 11).boxed().toList());
        assertThat(report.rejected()).allSatisfy(row -> assertThat(row.codes()).containsExactly("email.format"));
        assertThat(report.rejectedCount()).isEqualTo(3000);
        assertThat(report.rejectedTruncated()).isTrue();
        assertThat(report.toString()).contains("rejected=3000", "kept=10");
        assertThat(cards.person(PersonId.of("good-1"))).isPresent();
    }

    @Test
    void byDefaultTheFirstThousandRejectedRowsAreKept() {
        // Given
        String csv = badEmailRows(1200);

        // When
        ImportReport report = contactImport().read(new StringReader(csv));

        // Then
        assertThat(ContactCsvImport.DEFAULT_REJECTED_ROW_LIMIT).isEqualTo(1000);
        assertThat(report.rejected()).hasSize(1000);
        assertThat(report.rejected().get(999).line()).isEqualTo(1001);
        assertThat(report.rejectedCount()).isEqualTo(1200);
        assertThat(report.rejectedTruncated()).isTrue();
    }

    @Test
    void aReportWithinTheLimitKeepsEveryRejectedRowAndIsNotTruncated() {
        // Given
        String csv = badEmailRows(3);

        // When
        ImportReport report = contactImport().withRejectedRowLimit(3).read(new StringReader(csv));

        // Then
        assertThat(report.rejected()).extracting(RejectedRow::line).containsExactly(2L, 3L, 4L);
        assertThat(report.rejectedCount()).isEqualTo(3);
        assertThat(report.rejectedTruncated()).isFalse();
    }

    @Test
    void theListenerIsToldOfEveryRejectedRowAsItHappensEvenWhenTheReportKeepsNone() {
        // Given a malformed last row too, which ends the reading
        String csv = badEmailRows(2500) + "good-1,jane@example.com,\n" + "bad-x,\"open";
        List<RejectedRow> told = new ArrayList<>();
        List<String> loaded = new ArrayList<>();
        ImportListener listener = new ImportListener() {
            @Override
            public void loaded(Person person, ContactRow row) {
                loaded.add(person.id().value());
            }

            @Override
            public void rejected(RejectedRow row) {
                told.add(row);
            }
        };

        // When
        ImportReport report = contactImport().withRejectedRowLimit(0).withListener(listener)
                .read(new StringReader(csv));

        // Then
        assertThat(report.rejected()).isEmpty();
        assertThat(report.rejectedCount()).isEqualTo(2501);
        assertThat(report.rejectedTruncated()).isTrue();
        assertThat(told).hasSize(2501);
        assertThat(told.subList(0, 2500)).extracting(RejectedRow::line)
                .containsExactlyElementsOf(LongStream.rangeClosed(2, 2501).boxed().toList());
        assertThat(told.get(2500).codes()).containsExactly("csv.malformed");
        assertThat(loaded).containsExactly("good-1");
    }

    @Test
    void aLoadedRowsOnlyListenerNeedsNoChange() {
        // Given a listener written as a lambda, told only of loaded rows
        List<String> loaded = new ArrayList<>();
        String csv = badEmailRows(2) + "good-1,jane@example.com,\n";

        // When
        ImportReport report = contactImport().withListener((person, row) -> loaded.add(person.id().value()))
                .read(new StringReader(csv));

        // Then
        assertThat(loaded).containsExactly("good-1");
        assertThat(report.rejected()).hasSize(2);
    }

    @Test
    void aNegativeRejectedRowLimitIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> contactImport().withRejectedRowLimit(-1))
                .withMessageContaining("-1");
    }

    @Test
    void anEnormousQuotedCellStopsTheImportAtTheLimitWithoutReadingItWhole() {
        // Given two good rows, then a row whose quoted cell runs to three times the default limit
        int limit = ContactCsvImport.DEFAULT_RECORD_LENGTH_LIMIT;
        GeneratedCsv csv = new GeneratedCsv(
                HEADER + "p-1,jane@example.com,\np-2,john@example.com,\np-3,ann@example.com,\"",
                'x', 3L * limit, 0, "\"\np-4,bob@example.com,\n");

        // When / Then
        assertThatThrownBy(() -> contactImport().read(csv))
                .isInstanceOf(CsvImportException.class)
                .hasMessageContaining("line 4")
                .hasMessageContaining(limit + " characters")
                .hasMessageContaining("2 rows were loaded before")
                .hasMessageNotContaining("xxxx")
                .hasMessageNotContaining("ann@example.com");
        assertThat(limit).isEqualTo(1_000_000);
        assertThat(csv.served()).isLessThan(limit + 100_000L);
        assertThat(cards.person(PersonId.of("p-1"))).isPresent();
        assertThat(cards.person(PersonId.of("p-2"))).isPresent();
        assertThat(cards.person(PersonId.of("p-3"))).isEmpty();
        assertThat(cards.person(PersonId.of("p-4"))).isEmpty();
    }

    @Test
    void lineBreaksInsideAQuotedCellDoNotResetTheBound() {
        // Given a quoted cell of 50,000 characters broken into lines of 80
        GeneratedCsv csv = new GeneratedCsv(HEADER + "p-1,jane@example.com,\"", 'y', 50_000, 80, "\"\n");

        // When / Then the record's first line is named
        assertThatThrownBy(() -> contactImport().withRecordLengthLimit(10_000).read(csv))
                .isInstanceOf(CsvImportException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("10000 characters")
                .hasMessageContaining("0 rows were loaded before");
        assertThat(csv.served()).isLessThan(30_000L);
        assertThat(cards.person(PersonId.of("p-1"))).isEmpty();
    }

    @Test
    void aRecordOfExactlyTheLimitLoadsAndOneCharacterMoreIsRefused() {
        // Given rows whose record (without its line break) is 60 characters long
        String prefix = "p-1,jane@example.com,";
        String fits = prefix + "o".repeat(60 - prefix.length());
        String tooLong = "p-2,jane@example.com," + "o".repeat(60 - prefix.length() + 1);

        // When
        ImportReport report = contactImport().withRecordLengthLimit(60)
                .read(new StringReader(HEADER + fits + "\r\n"));

        // Then
        assertThat(report.loaded()).isEqualTo(1);
        assertThatThrownBy(() -> contactImport().withRecordLengthLimit(60)
                .read(new StringReader(HEADER + fits.replace("p-1", "p-3") + "\r\n" + tooLong + "\r\n")))
                .isInstanceOf(CsvImportException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("1 rows were loaded before");
        assertThat(cards.person(PersonId.of("p-2"))).isEmpty();
    }

    @Test
    void manyShortRecordsWithQuotesCommasAndBreaksFarBeyondTheLimitLoad() {
        // Given 2,000 records of under 60 characters, 100,000 characters in all, with quoted
        // commas, escaped quotes, line breaks inside quotes and a stray quote in a plain cell
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 2000; i++) {
            String other = switch (i % 4) {
                case 0 -> "\"a, \"\"b\"\"\r\nc\"";
                case 1 -> "say \"hi";
                case 2 -> "\"\"";
                default -> "plain";
            };
            csv.append("p-").append(i).append(",p").append(i).append("@example.com,").append(other)
                    .append(i % 2 == 0 ? "\n" : "\r\n");
        }

        // When
        ImportReport report = contactImport().withRecordLengthLimit(60).read(new StringReader(csv.toString()));

        // Then
        assertThat(csv.length()).isGreaterThan(60_000);
        assertThat(report.loaded()).isEqualTo(2000);
        assertThat(report.rejectedCount()).isZero();
        assertThat(cards.person(PersonId.of("p-0")).orElseThrow().other()).contains("a, \"b\"\r\nc");
        assertThat(cards.person(PersonId.of("p-1")).orElseThrow().other()).contains("say \"hi");
    }

    @Test
    void anEnormousHeaderStopsTheImportBeforeAnyRow() {
        // Given
        GeneratedCsv csv = new GeneratedCsv("id,email,other,", 'h', 5_000, 0, "\np-1,jane@example.com,,\n");

        // When / Then
        assertThatThrownBy(() -> contactImport().withRecordLengthLimit(1_000).read(csv))
                .isInstanceOf(CsvImportException.class)
                .hasMessageContaining("line 1")
                .hasMessageContaining("1000 characters")
                .hasMessageContaining("nothing was imported");
        assertThat(cards.person(PersonId.of("p-1"))).isEmpty();
    }

    @Test
    void aRecordLengthLimitBelowOneIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> contactImport().withRecordLengthLimit(0))
                .withMessageContaining("0");
    }

    /**
     * A reader of a prefix, then a cell of {@code count} copies of one character (a line break
     * after every {@code lineLength} of them, if positive), then a suffix; made as it is read.
     */
    private static final class GeneratedCsv extends Reader {

        private final String prefix;
        private final char filler;
        private final long count;
        private final int lineLength;
        private final String suffix;
        private long position;

        GeneratedCsv(String prefix, char filler, long count, int lineLength, String suffix) {
            this.prefix = prefix;
            this.filler = filler;
            this.count = count;
            this.lineLength = lineLength;
            this.suffix = suffix;
        }

        long served() {
            return position;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            long total = prefix.length() + count + suffix.length();
            if (position >= total) {
                return -1;
            }
            int n = (int) Math.min(length, total - position);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = charAt(position + i);
            }
            position += n;
            return n;
        }

        private char charAt(long at) {
            if (at < prefix.length()) {
                return prefix.charAt((int) at);
            }
            long inCell = at - prefix.length();
            if (inCell < count) {
                return lineLength > 0 && inCell % (lineLength + 1) == lineLength ? '\n' : filler;
            }
            return suffix.charAt((int) (inCell - count));
        }

        @Override
        public void close() {
            // nothing to release
        }
    }
}
