package dev.compliancecard.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock for tests that stands still until it is moved. Give it to
 * {@code ComplianceCards.builder().clock(...)} so that "today" and every change stamp are known.
 *
 * <p>Thread-safe: the instant can be read and moved from any thread.
 */
public final class TestClock extends Clock {

    /** The instant a clock from {@link #standard()} shows: 2025-06-30T12:00:00Z. */
    public static final Instant STANDARD_INSTANT = Instant.parse("2025-06-30T12:00:00Z");

    /** The day of {@link #STANDARD_INSTANT} in UTC, the "today" of the arbitraries' defaults. */
    public static final LocalDate STANDARD_TODAY = LocalDate.of(2025, 6, 30);

    private final AtomicReference<Instant> instant;
    private final ZoneId zone;

    private TestClock(AtomicReference<Instant> instant, ZoneId zone) {
        this.instant = instant;
        this.zone = zone;
    }

    /**
     * Returns a new clock at {@link #STANDARD_INSTANT}, in UTC.
     *
     * @return the clock
     */
    public static TestClock standard() {
        return at(STANDARD_INSTANT);
    }

    /**
     * Returns a new clock at an instant, in UTC.
     *
     * @param instant the instant, not null
     * @return the clock
     * @throws NullPointerException if instant is null
     */
    public static TestClock at(Instant instant) {
        return new TestClock(new AtomicReference<>(Objects.requireNonNull(instant, "instant")), ZoneOffset.UTC);
    }

    /**
     * Moves the clock forward (or back, for a negative amount).
     *
     * @param amount how far, not null
     * @return this clock
     */
    public TestClock advance(Duration amount) {
        Objects.requireNonNull(amount, "amount");
        instant.updateAndGet(now -> now.plus(amount));
        return this;
    }

    /**
     * Sets the clock to an instant.
     *
     * @param now the instant, not null
     * @return this clock
     */
    public TestClock set(Instant now) {
        instant.set(Objects.requireNonNull(now, "now"));
        return this;
    }

    /**
     * Returns the day the clock shows in its zone.
     *
     * @return today
     */
    public LocalDate today() {
        return LocalDate.ofInstant(instant(), zone);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /**
     * Returns a clock that shares this clock's instant, shown in another zone: moving one moves
     * both.
     *
     * @param otherZone the zone, not null
     * @return the clock
     */
    @Override
    public TestClock withZone(ZoneId otherZone) {
        return new TestClock(instant, Objects.requireNonNull(otherZone, "otherZone"));
    }

    @Override
    public Instant instant() {
        return instant.get();
    }

    /**
     * Returns the instant and the zone.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "TestClock{" + instant() + ", " + zone + "}";
    }
}
