package dev.compliancecard.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class TestClockTest {

    private static final Instant START = Instant.parse("2024-08-13T22:30:00Z");

    @Property
    void advancingMovesTheClockByExactlyTheDuration(
            @ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long seconds,
            @ForAll @LongRange(min = 0, max = 999_999_999L) long nanos) {
        // Given
        TestClock clock = TestClock.at(START);
        Duration step = Duration.ofSeconds(seconds, nanos);

        // When
        Instant shown = clock.advance(step).instant();

        // Then
        assertThat(shown).isEqualTo(START.plus(step));
        assertThat(clock.instant()).isEqualTo(shown);
    }

    @Test
    void clockStandsStillUntilMoved() {
        TestClock clock = TestClock.at(START);

        assertThat(clock.instant()).isEqualTo(START);
        assertThat(clock.millis()).isEqualTo(START.toEpochMilli());
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void setMovesTheClockToTheGivenInstant() {
        TestClock clock = TestClock.at(START);
        Instant later = Instant.parse("2030-01-01T00:00:00Z");

        clock.set(later);

        assertThat(clock.instant()).isEqualTo(later);
    }

    @Test
    void zoneDecidesWhichDayTodayIs() {
        TestClock utc = TestClock.at(START);
        TestClock berlin = utc.withZone(ZoneId.of("Europe/Berlin"));

        assertThat(LocalDate.now(utc)).isEqualTo(LocalDate.of(2024, 8, 13));
        assertThat(LocalDate.now(berlin)).isEqualTo(LocalDate.of(2024, 8, 14));
    }

    @Test
    void clockInAnotherZoneSharesTheInstant() {
        TestClock first = TestClock.at(START);
        TestClock second = first.withZone(ZoneId.of("Europe/Berlin"));

        first.advance(Duration.ofHours(1));

        assertThat(second.instant()).isEqualTo(START.plus(Duration.ofHours(1)));
        assertThat(second.today()).isEqualTo(LocalDate.of(2024, 8, 14));
        assertThat(first.today()).isEqualTo(LocalDate.of(2024, 8, 13));
    }

    @Test
    void nullArgumentsAreRejectedByName() {
        TestClock clock = TestClock.at(START);

        assertThatNullPointerException().isThrownBy(() -> TestClock.at(null)).withMessage("instant");
        assertThatNullPointerException().isThrownBy(() -> clock.withZone(null)).withMessage("otherZone");
        assertThatNullPointerException().isThrownBy(() -> clock.advance(null)).withMessage("amount");
        assertThatNullPointerException().isThrownBy(() -> clock.set(null)).withMessage("now");
    }
}
