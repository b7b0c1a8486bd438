package dev.compliancecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.compliancecard.person.PersonId;

class BulkConfirmationTest {

    private static final PersonId GONE = PersonId.of("p-9");

    @Test
    void keepsTheCounts() {
        BulkConfirmation done = BulkConfirmation.of(6, 3, 2, List.of(GONE));

        assertThat(done.requested()).isEqualTo(6);
        assertThat(done.changed()).isEqualTo(3);
        assertThat(done.unchanged()).isEqualTo(2);
        assertThat(done.notFound()).containsExactly(GONE);
        assertThat(done).hasToString("BulkConfirmation{requested=6, changed=3, unchanged=2, notFound=1}");
    }

    @Test
    void notFoundIsCopiedAndUnmodifiable() {
        List<PersonId> notFound = new ArrayList<>(List.of(GONE));
        BulkConfirmation done = BulkConfirmation.of(1, 0, 0, notFound);

        notFound.clear();

        assertThat(done.notFound()).containsExactly(GONE);
        assertThatThrownBy(() -> done.notFound().add(GONE)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void countsThatDoNotAddUpAreRefused() {
        assertThatThrownBy(() -> BulkConfirmation.of(5, 3, 2, List.of(GONE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("changed (3) + unchanged (2) + not found (1) must equal requested (5)");
        assertThatThrownBy(() -> BulkConfirmation.of(7, 3, 2, List.of(GONE)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void negativeCountsAreRefused() {
        assertThatThrownBy(() -> BulkConfirmation.of(1, -1, 2, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("changed (-1) and unchanged (2) must not be negative");
        assertThatThrownBy(() -> BulkConfirmation.of(1, 2, -1, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(BulkConfirmation.of(0, 0, 0, List.of()).requested()).isZero();
    }
}
