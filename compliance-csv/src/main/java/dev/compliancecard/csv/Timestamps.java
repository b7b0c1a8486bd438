package dev.compliancecard.csv;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;

/** Reads the date-times of imported files. Stateless and thread-safe. */
final class Timestamps {

    private Timestamps() {
    }

    /**
     * Reads an ISO-8601 date-time with an offset, a date-time without one (as UTC) or a date
     * (its start in UTC), to the microsecond.
     *
     * @param text the stripped text
     * @return the instant, or null if the text has none of these forms
     */
    static Instant parse(String text) {
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text,
                    OffsetDateTime::from, LocalDateTime::from);
            Instant instant = parsed instanceof OffsetDateTime
                    ? ((OffsetDateTime) parsed).toInstant()
                    : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
            return instant.truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeParseException e) {
            return parseDate(text);
        }
    }

    private static Instant parseDate(String text) {
        try {
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
