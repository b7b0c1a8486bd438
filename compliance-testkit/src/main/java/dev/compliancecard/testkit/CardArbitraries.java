package dev.compliancecard.testkit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import dev.compliancecard.card.Authorization;
import dev.compliancecard.card.AuthorizationType;
import dev.compliancecard.card.ComplianceCard;
import dev.compliancecard.card.Source;
import dev.compliancecard.card.SourceType;
import dev.compliancecard.person.PersonId;
import dev.compliancecard.rules.Rule;

/**
 * jqwik arbitraries for authorizations, sources, cards and bulk requests: valid ones, which
 * the library accepts, and invalid ones labelled with exactly the rules they break.
 *
 * <p>Whether a consent date lies in the future depends on a day: the methods without one use
 * {@link TestClock#STANDARD_TODAY}, so that their valid values stay valid with any later clock.
 * Every method returns a new, stateless arbitrary; use them from any thread.
 */
public final class CardArbitraries {

    private static final LocalDate OLDEST = LocalDate.of(1900, 1, 1);
    private static final int TEXT_MAX = Authorization.MAX_TEXT_LENGTH;

    private CardArbitraries() {
    }

    /**
     * Valid authorizations of every type, consent dates up to {@link TestClock#STANDARD_TODAY}.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Authorization> authorizations() {
        return authorizations(TestClock.STANDARD_TODAY);
    }

    /**
     * Valid authorizations of every type, consent dates from 1970-01-01 up to today.
     *
     * @param today the last day a consent date may have, not null
     * @return the arbitrary
     */
    public static Arbitrary<Authorization> authorizations(LocalDate today) {
        return validAuthorizationParts(today).map(AuthorizationParts::build);
    }

    /**
     * The parts of valid authorizations, as {@link #authorizations(LocalDate)} builds them.
     *
     * @param today the last day a consent date may have, not null
     * @return the arbitrary
     */
    public static Arbitrary<AuthorizationParts> validAuthorizationParts(LocalDate today) {
        Objects.requireNonNull(today, "today");
        Arbitrary<AuthorizationParts> consent = Combinators.combine(consentDates(today), texts())
                .as((date, purpose) -> new AuthorizationParts(AuthorizationType.CONSENT, date, purpose, null));
        Arbitrary<AuthorizationParts> other = texts()
                .map(description -> new AuthorizationParts(AuthorizationType.OTHER, null, null, description));
        Arbitrary<AuthorizationParts> plain = Arbitraries.of(AuthorizationType.class)
                .filter(type -> type != AuthorizationType.CONSENT && type != AuthorizationType.OTHER)
                .map(type -> new AuthorizationParts(type, null, null, null));
        return Arbitraries.frequencyOf(Tuple.of(3, consent), Tuple.of(1, other), Tuple.of(2, plain));
    }

    /**
     * Consent dates that break no rule: from 1970-01-01 up to today, both included.
     *
     * @param today the last allowed day, not null
     * @return the arbitrary
     */
    public static Arbitrary<LocalDate> consentDates(LocalDate today) {
        return days(LocalDate.EPOCH, today);
    }

    /**
     * Authorization parts of every kind, valid or not, each labelled with exactly the rules it
     * breaks (an empty set for a valid one): a missing type; consent without date or purpose;
     * consent fields or a description with a type that takes none; blank, too long, malformed or
     * control-character texts; consent dates before 1970 or after today.
     *
     * @param today the day after which a consent date lies in the future, not null
     * @return the arbitrary of parts with their broken rules
     */
    public static Arbitrary<Labelled<AuthorizationParts>> authorizationParts(LocalDate today) {
        Objects.requireNonNull(today, "today");
        Arbitrary<AuthorizationType> types = Arbitraries.of(AuthorizationType.class).injectNull(0.1);
        Arbitrary<Labelled<AuthorizationParts>> mixed = Combinators.combine(types, dates(today), textParts(),
                textParts()).as(CardArbitraries::label);
        Arbitrary<Labelled<AuthorizationParts>> valid = validAuthorizationParts(today)
                .map(parts -> new Labelled<>(parts, Set.of()));
        return Arbitraries.frequencyOf(Tuple.of(1, valid), Tuple.of(3, mixed));
    }

    /**
     * Authorization parts that break at least one rule, labelled with exactly the rules they
     * break, with {@link TestClock#STANDARD_TODAY} as today.
     *
     * @return the arbitrary
     */
    public static Arbitrary<InvalidAuthorization> invalidAuthorizations() {
        return invalidAuthorizations(TestClock.STANDARD_TODAY);
    }

    /**
     * Authorization parts that break at least one rule, labelled with exactly the rules they
     * break.
     *
     * @param today the day after which a consent date lies in the future, not null
     * @return the arbitrary
     */
    public static Arbitrary<InvalidAuthorization> invalidAuthorizations(LocalDate today) {
        return authorizationParts(today).filter(Labelled::isInvalid)
                .map(l -> new InvalidAuthorization(l.value(), l.broken()));
    }

    /**
     * Valid sources of every type.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Source> sources() {
        return validSourceParts().map(SourceParts::build);
    }

    /**
     * The parts of valid sources, as {@link #sources()} builds them.
     *
     * @return the arbitrary
     */
    public static Arbitrary<SourceParts> validSourceParts() {
        Arbitrary<SourceParts> listed = Arbitraries.of(SourceType.class).filter(type -> type != SourceType.OTHER)
                .map(type -> new SourceParts(type, null));
        Arbitrary<SourceParts> other = texts().map(description -> new SourceParts(SourceType.OTHER, description));
        return Arbitraries.frequencyOf(Tuple.of(3, listed), Tuple.of(1, other));
    }

    /**
     * Source parts of every kind, valid or not, each labelled with exactly the rules it breaks.
     *
     * @return the arbitrary of parts with their broken rules
     */
    public static Arbitrary<Labelled<SourceParts>> sourceParts() {
        Arbitrary<SourceType> types = Arbitraries.of(SourceType.class).injectNull(0.1);
        Arbitrary<Labelled<SourceParts>> mixed = Combinators.combine(types, textParts()).as(CardArbitraries::label);
        Arbitrary<Labelled<SourceParts>> valid = validSourceParts().map(parts -> new Labelled<>(parts, Set.of()));
        return Arbitraries.frequencyOf(Tuple.of(1, valid), Tuple.of(3, mixed));
    }

    /**
     * Source parts that break at least one rule, labelled with exactly the rules they break.
     *
     * @return the arbitrary
     */
    public static Arbitrary<InvalidSource> invalidSources() {
        return sourceParts().filter(Labelled::isInvalid).map(l -> new InvalidSource(l.value(), l.broken()));
    }

    /**
     * Valid cards as a store holds them: any person, authorization and source (each possibly
     * unset), version, change instant and actor id; consent dates up to
     * {@link TestClock#STANDARD_TODAY}.
     *
     * @return the arbitrary
     */
    public static Arbitrary<ComplianceCard> cards() {
        return cards(TestClock.STANDARD_TODAY);
    }

    /**
     * Valid cards as a store holds them, consent dates up to today.
     *
     * @param today the last day a consent date may have, not null
     * @return the arbitrary
     */
    public static Arbitrary<ComplianceCard> cards(LocalDate today) {
        Arbitrary<Instant> changedAt = Arbitraries.longs()
                .between(0, TestClock.STANDARD_INSTANT.getEpochSecond() * 1_000_000)
                .map(micros -> Instant.ofEpochSecond(micros / 1_000_000, micros % 1_000_000 * 1_000));
        return Combinators.combine(PersonArbitraries.personIds(), authorizations(today).injectNull(0.3),
                sources().injectNull(0.3), Arbitraries.longs().between(1, 1_000_000), changedAt,
                PersonArbitraries.actorIds()).as(ComplianceCard::of);
    }

    /**
     * What a host might try to write on one card, an authorization and a source, at least one
     * of them breaking a rule; labelled with exactly the rules both break together.
     *
     * @param today the day after which a consent date lies in the future, not null
     * @return the arbitrary
     */
    public static Arbitrary<InvalidCard> invalidCards(LocalDate today) {
        return Combinators.combine(PersonArbitraries.personIds(), authorizationParts(today), sourceParts())
                .filter((id, authorization, source) -> authorization.isInvalid() || source.isInvalid())
                .as((id, authorization, source) -> {
                    Set<BrokenRule> broken = new HashSet<>(authorization.broken());
                    broken.addAll(source.broken());
                    return new InvalidCard(id, authorization.value(), source.value(), broken);
                });
    }

    /**
     * The ids of bulk requests that break a rule, labelled with exactly the rules they break at
     * their positions: an empty request, nulls, ids named more than once, or both.
     *
     * @return the arbitrary
     */
    public static Arbitrary<InvalidBulkRequest> invalidBulkRequests() {
        Arbitrary<List<PersonId>> distinct = PersonArbitraries.personIds().list().uniqueElements()
                .ofMinSize(1).ofMaxSize(20);
        Arbitrary<List<PersonId>> spoiled = Combinators.combine(distinct,
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 3),
                Arbitraries.randoms()).as(CardArbitraries::spoil)
                .filter(ids -> ids.contains(null) || new HashSet<>(ids).size() < ids.size());
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(List.<PersonId>of())), Tuple.of(6, spoiled))
                .map(ids -> new InvalidBulkRequest(ids, bulkRules(ids)));
    }

    private static List<PersonId> spoil(List<PersonId> ids, int nulls, int repeats, java.util.Random random) {
        List<PersonId> spoiled = new ArrayList<>(ids);
        for (int i = 0; i < repeats; i++) {
            spoiled.add(random.nextInt(spoiled.size() + 1), ids.get(random.nextInt(ids.size())));
        }
        for (int i = 0; i < nulls; i++) {
            spoiled.add(random.nextInt(spoiled.size() + 1), null);
        }
        return Collections.unmodifiableList(spoiled);
    }

    private static Set<BrokenRule> bulkRules(List<PersonId> ids) {
        Set<BrokenRule> broken = new HashSet<>();
        if (ids.isEmpty()) {
            broken.add(BrokenRule.of("personIds", Rule.BULK_EMPTY));
        }
        Set<PersonId> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            PersonId id = ids.get(i);
            if (id == null) {
                broken.add(BrokenRule.of("personIds[" + i + "]", Rule.BULK_NULL));
            } else if (!seen.add(id)) {
                broken.add(BrokenRule.of("personIds[" + i + "]", Rule.BULK_DUPLICATE));
            }
        }
        return broken;
    }

    /** Purposes and descriptions that break no rule, some at the bound. */
    private static Arbitrary<String> texts() {
        return Arbitraries.frequencyOf(Tuple.of(12, Texts.visible(1, 60)), Tuple.of(1, Texts.visible(TEXT_MAX, TEXT_MAX)));
    }

    private static Arbitrary<LocalDate> days(LocalDate first, LocalDate last) {
        return Arbitraries.longs().between(first.toEpochDay(), last.toEpochDay()).map(LocalDate::ofEpochDay)
                .edgeCases(config -> config.add(first).add(last));
    }

    /** A consent date of a known kind: absent, valid, before 1970, or in the future of today. */
    private static Arbitrary<Part<LocalDate>> dates(LocalDate today) {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(Part.<LocalDate>absent())),
                Tuple.of(4, consentDates(today).map(d -> Part.of(d, false))),
                Tuple.of(1, days(OLDEST, LocalDate.EPOCH.minusDays(1)).map(d -> Part.of(d, false, Rule.DATE_TOO_OLD))),
                Tuple.of(1, days(today.plusDays(1), today.plusYears(10))
                        .map(d -> Part.of(d, false, Rule.DATE_IN_FUTURE))));
    }

    /** A purpose or description of a known kind, with the text rules it breaks. */
    private static Arbitrary<Part<String>> textParts() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(Part.<String>absent())),
                Tuple.of(4, texts().map(t -> Part.of(t, false))),
                Tuple.of(1, Texts.blank().map(t -> Part.of(t, true))),
                Tuple.of(1, Texts.tooLong(TEXT_MAX).map(t -> Part.of(t, false, Rule.TEXT_TOO_LONG))),
                Tuple.of(1, Texts.withControl(TEXT_MAX, false)
                        .map(t -> Part.of(t, false, Rule.TEXT_CONTROL_CHARACTERS))),
                Tuple.of(1, Texts.malformed(TEXT_MAX).map(t -> Part.of(t, false, Rule.TEXT_MALFORMED))),
                Tuple.of(1, Texts.tooLongWithControl(TEXT_MAX)
                        .map(t -> Part.of(t, false, Rule.TEXT_TOO_LONG, Rule.TEXT_CONTROL_CHARACTERS))));
    }

    private static Labelled<AuthorizationParts> label(AuthorizationType type, Part<LocalDate> date,
            Part<String> purpose, Part<String> description) {
        Set<BrokenRule> broken = new HashSet<>();
        date.rules().forEach(rule -> broken.add(BrokenRule.of("authorization.consentDate", rule)));
        purpose.rules().forEach(rule -> broken.add(BrokenRule.of("authorization.purpose", rule)));
        description.rules().forEach(rule -> broken.add(BrokenRule.of("authorization.description", rule)));
        if (type == null) {
            broken.add(BrokenRule.of("authorization.type", Rule.REQUIRED));
        } else {
            boolean consent = type == AuthorizationType.CONSENT;
            boolean other = type == AuthorizationType.OTHER;
            addIf(broken, consent && !date.present(), "authorization.consentDate", Rule.CONSENT_DATE_REQUIRED);
            addIf(broken, consent && purpose.missing(), "authorization.purpose", Rule.CONSENT_PURPOSE_REQUIRED);
            addIf(broken, !consent && date.present(), "authorization.consentDate", Rule.CONSENT_ONLY);
            addIf(broken, !consent && purpose.present(), "authorization.purpose", Rule.CONSENT_ONLY);
            addIf(broken, other && description.missing(), "authorization.description", Rule.DESCRIPTION_REQUIRED);
            addIf(broken, !other && description.present(), "authorization.description", Rule.OTHER_ONLY);
        }
        AuthorizationParts parts = new AuthorizationParts(type, date.value(), purpose.value(), description.value());
        return new Labelled<>(parts, broken);
    }

    private static Labelled<SourceParts> label(SourceType type, Part<String> description) {
        Set<BrokenRule> broken = new HashSet<>();
        description.rules().forEach(rule -> broken.add(BrokenRule.of("source.description", rule)));
        if (type == null) {
            broken.add(BrokenRule.of("source.type", Rule.REQUIRED));
        } else {
            boolean other = type == SourceType.OTHER;
            addIf(broken, other && description.missing(), "source.description", Rule.DESCRIPTION_REQUIRED);
            addIf(broken, !other && description.present(), "source.description", Rule.OTHER_ONLY);
        }
        return new Labelled<>(new SourceParts(type, description.value()), broken);
    }

    private static void addIf(Set<BrokenRule> broken, boolean condition, String field, Rule rule) {
        if (condition) {
            broken.add(BrokenRule.of(field, rule));
        }
    }

    /** One generated part: its value (null when absent), whether it is blank, and the rules it breaks alone. */
    private record Part<T>(T value, boolean blank, Set<Rule> rules) {

        static <T> Part<T> absent() {
            return new Part<>(null, false, Set.of());
        }

        static <T> Part<T> of(T value, boolean blank, Rule... rules) {
            return new Part<>(value, blank, Set.of(rules));
        }

        boolean present() {
            return value != null;
        }

        boolean missing() {
            return value == null || blank;
        }
    }
}
