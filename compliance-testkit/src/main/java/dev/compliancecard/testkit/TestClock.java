package dev.compliancecard.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock for tests that stands still until the test moves it, so that the library's clock rules
 * (a consent date must not lie in the future) and change stamps can be checked at known instants.
 *
 * <p>Thread-safe: the current instant is held atomically, so a test may move the clock while
 * other threads read it.
 */
public final class TestClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private TestClock(Instant start, ZoneId zone) {
        this.now = new AtomicReference<>(start);
        this.zone = zone;
    }

    /**
     * Creates a clock standing at an instant, in UTC.
     *
     * @param start the instant the clock shows until it is moved
     * @return the clock
     * @throws NullPointerException if start is null
     */
    public static TestClock at(Instant start) {
        return at(start, ZoneOffset.UTC);
    }

    /**
     * Creates a clock standing at an instant, in a zone; the zone decides which day "today" is.
     *
     * @param start the instant the clock shows until it is moved
     * @param zone the zone
     * @return the clock
     * @throws NullPointerException if start or zone is null
     */
    public static TestClock at(Instant start, ZoneId zone) {
        return new TestClock(Objects.requireNonNull(start, "start"), Objects.requireNonNull(zone, "zone"));
    }

    /**
     * Moves the clock by a duration, forwards or, if it is negative, backwards.
     *
     * @param duration how far to move
     * @return the instant the clock shows afterwards
     * @throws NullPointerException if duration is null
     * @throws java.time.DateTimeException if the result is outside the supported range
     */
    public Instant advance(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        return now.updateAndGet(current -> current.plus(duration));
    }

    /**
     * Sets the clock to an instant.
     *
     * @param instant the instant the clock shows from now on
     * @throws NullPointerException if instant is null
     */
    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    /**
     * Returns the instant the clock stands at.
     *
     * @return the instant, never null
     */
    @Override
    public Instant instant() {
        return now.get();
    }

    /**
     * Returns the zone the clock was created with.
     *
     * @return the zone, never null
     */
    @Override
    public ZoneId getZone() {
        return zone;
    }

    /**
     * Returns an independent clock in another zone, standing at this clock's current instant;
     * moving either clock afterwards does not move the other.
     *
     * @param otherZone the zone
     * @return the new clock
     * @throws NullPointerException if otherZone is null
     */
    @Override
    public TestClock withZone(ZoneId otherZone) {
        return at(instant(), otherZone);
    }

    @Override
    public String toString() {
        return "TestClock{" + instant() + ", " + zone + "}";
    }
}
