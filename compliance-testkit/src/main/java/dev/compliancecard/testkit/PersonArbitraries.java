package dev.compliancecard.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import dev.compliancecard.Actor;
import dev.compliancecard.Permission;
import dev.compliancecard.person.Person;
import dev.compliancecard.person.PersonId;
import dev.compliancecard.rules.Rule;

/**
 * jqwik arbitraries for persons, person ids and actors: valid ones, which the library accepts,
 * and invalid ones labelled with exactly the rules they break. Texts come in many scripts,
 * emoji included, and reach the bounds of the rules.
 *
 * <p>Every method returns a new, stateless arbitrary; use them from any thread.
 */
public final class PersonArbitraries {

    /** The field names of the optional texts of a person, in the order of the export. */
    static final List<String> TEXT_FIELDS = List.of("firstName", "lastName", "company", "title", "email",
            "phoneNumber", "website", "other", "facebook", "twitter", "linkedIn", "salesforceId");

    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    private PersonArbitraries() {
    }

    /**
     * Valid person ids of the shapes hosts use: numbers, prefixed codes, UUIDs and free text in
     * any script, up to the bound of 128 code points.
     *
     * @return the arbitrary
     */
    public static Arbitrary<PersonId> personIds() {
        Arbitrary<String> numbers = Arbitraries.longs().between(1, 9_999_999_999L).map(String::valueOf);
        Arbitrary<String> codes = Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1)
                .ofMaxLength(24).map(s -> "p-" + s);
        Arbitrary<String> uuids = Arbitraries.strings().withChars("0123456789abcdef").ofLength(32)
                .map(h -> h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-"
                        + h.substring(16, 20) + "-" + h.substring(20));
        return Arbitraries.frequencyOf(
                Tuple.of(3, numbers),
                Tuple.of(3, codes),
                Tuple.of(2, uuids),
                Tuple.of(2, Texts.visible(1, 40)),
                Tuple.of(1, Texts.visible(PersonId.MAX_LENGTH, PersonId.MAX_LENGTH))).map(PersonId::of);
    }

    /**
     * Texts that are no person id, each labelled with exactly the rules it breaks: null, blank,
     * too long, with control characters, malformed, with white space at an end, and their
     * combinations.
     *
     * @return the arbitrary
     */
    public static Arbitrary<InvalidPersonId> invalidPersonIds() {
        Arbitrary<InvalidPersonId> missing = Arbitraries.oneOf(Arbitraries.just(null), Texts.blank())
                .map(text -> InvalidPersonId.of(text, Rule.REQUIRED));
        Arbitrary<InvalidPersonId> broken = Arbitraries.subsetOf(Rule.TEXT_TOO_LONG, Rule.TEXT_CONTROL_CHARACTERS,
                Rule.TEXT_MALFORMED, Rule.TEXT_UNTRIMMED).ofMinSize(1).flatMap(PersonArbitraries::idBreaking);
        return Arbitraries.frequencyOf(Tuple.of(1, missing), Tuple.of(4, broken));
    }

    private static Arbitrary<InvalidPersonId> idBreaking(Set<Rule> rules) {
        Arbitrary<String> core = rules.contains(Rule.TEXT_TOO_LONG)
                ? Texts.tooLong(PersonId.MAX_LENGTH) : Texts.visible(2, 40);
        if (rules.contains(Rule.TEXT_CONTROL_CHARACTERS)) {
            core = Texts.insideOf(core, Arbitraries.of(0x00, 0x07, 0x0A, 0x1B, 0x7F, 0x9B));
        }
        if (rules.contains(Rule.TEXT_MALFORMED)) {
            core = Texts.insideOf(core, Arbitraries.of(0xD800, 0xDBFF, 0xDC00, 0xDFFF));
        }
        if (rules.contains(Rule.TEXT_UNTRIMMED)) {
            core = Combinators.combine(core, Arbitraries.of(" ", "\u00A0", "\u3000"), Arbitraries.of(true, false))
                    .as((text, space, before) -> before ? space + text : text + space);
        }
        return core.map(text -> new InvalidPersonId(text, rules));
    }

    /**
     * Valid persons: each optional field present or not, texts in any script up to their bounds,
     * emails of the form {@code local@domain}, Salesforce ids of 15 or 18 characters, and
     * instants to the microsecond with the update not before the creation.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Person> persons() {
        return personParts().map(PersonParts::build);
    }

    /**
     * The parts of valid persons, as {@link #persons()} builds them.
     *
     * @return the arbitrary
     */
    public static Arbitrary<PersonParts> personParts() {
        Builders.BuilderCombinator<Map<String, Object>> parts = Builders.withBuilder(LinkedHashMap::new);
        parts = parts.use(personIds()).in(put("id"));
        for (String field : TEXT_FIELDS) {
            parts = parts.use(validText(field)).withProbability(0.6).in(put(field));
        }
        return parts.use(instantPairs()).in(put("instants")).build(PersonArbitraries::toParts);
    }

    /**
     * Valid persons whose every personal field is present and distinctive: every text holds
     * the marks {@code «} and {@code »}, which no id, instant or message of the library holds, and
     * the Salesforce id begins with {@code ZZ}. Search any output for
     * {@link TestPersons#personalValues(Person)} to prove that no personal value leaked.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Person> distinctivePersons() {
        Builders.BuilderCombinator<Map<String, Object>> parts = Builders.withBuilder(LinkedHashMap::new);
        parts = parts.use(codeIds()).in(put("id"));
        for (String field : TEXT_FIELDS) {
            parts = parts.use(distinctiveText(field)).in(put(field));
        }
        return parts.use(instantPairs()).in(put("instants")).build(PersonArbitraries::toParts)
                .map(PersonParts::build);
    }

    /**
     * Person parts that break one to three rules on distinct fields, labelled with exactly the
     * rules they break: texts over their bounds (emails also once lower-cased), blank, with control
     * characters or unpaired surrogates, emails and Salesforce ids of another shape, a missing id
     * or instant, instants before 1970 or after the year 9999.
     *
     * @return the arbitrary
     */
    public static Arbitrary<InvalidPerson> invalidPersons() {
        List<String> faultyFields = new ArrayList<>(TEXT_FIELDS);
        faultyFields.addAll(List.of("id", "createdAt", "updatedAt"));
        Arbitrary<List<Fault>> faults = Arbitraries.of(faultyFields).set().ofMinSize(1).ofMaxSize(3)
                .flatMap(fields -> Combinators.combine(fields.stream().map(PersonArbitraries::fault)
                        .collect(Collectors.toList())).as(list -> list));
        return Combinators.combine(personParts(), faults).as(PersonArbitraries::corrupt);
    }

    /**
     * Valid actors: short ids without spaces, with or without the admin permission.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Actor> actors() {
        return Combinators.combine(actorIds(), Arbitraries.of(true, false))
                .as((id, admin) -> admin ? Actor.of(id, Permission.ADMIN) : Actor.of(id));
    }

    /**
     * Valid email addresses of the form {@code local@domain}, some with non-ASCII letters.
     *
     * @return the arbitrary
     */
    public static Arbitrary<String> emails() {
        Arbitrary<String> local = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').numeric().withChars("._+-").ofMinLength(1)
                        .ofMaxLength(30),
                Texts.word(1, 12));
        Arbitrary<String> label = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(15),
                Texts.word(1, 8).map(w -> w.replace(".", "").replace("@", "")).filter(w -> !w.isEmpty()));
        Arbitrary<String> domain = label.list().ofMinSize(1).ofMaxSize(3).map(labels -> String.join(".", labels));
        return Combinators.combine(local, domain).as((l, d) -> l + "@" + d);
    }

    /**
     * Valid Salesforce ids: 15 or 18 ASCII letters and digits.
     *
     * @return the arbitrary
     */
    public static Arbitrary<String> salesforceIds() {
        return Arbitraries.oneOf(Texts.alphanumeric(15), Texts.alphanumeric(18));
    }

    static Arbitrary<String> actorIds() {
        return Arbitraries.strings().withCharRange('a', 'z').numeric().withChars("-_.").ofMinLength(1)
                .ofMaxLength(20).map(s -> "u" + s);
    }

    private static Arbitrary<PersonId> codeIds() {
        return Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(20)
                .map(s -> PersonId.of("p-" + s));
    }

    private static Arbitrary<Instant[]> instantPairs() {
        long earliest = EARLIEST.getEpochSecond() * 1_000_000;
        long latest = TestClock.STANDARD_INSTANT.getEpochSecond() * 1_000_000;
        Arbitrary<Long> micros = Arbitraries.longs().between(earliest, latest);
        return Combinators.combine(micros, micros).as((a, b) -> new Instant[] {
            ofMicros(Math.min(a, b)), ofMicros(Math.max(a, b))});
    }

    private static Instant ofMicros(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1_000L);
    }

    static Arbitrary<String> validText(String field) {
        switch (field) {
            case "email":
                return emails();
            case "salesforceId":
                return salesforceIds();
            case "other":
                return Arbitraries.frequencyOf(Tuple.of(4, Texts.visible(1, 80)),
                        Tuple.of(2, Texts.withLineBreak(Person.MAX_OTHER_LENGTH)),
                        Tuple.of(1, Texts.visible(Person.MAX_OTHER_LENGTH, Person.MAX_OTHER_LENGTH)));
            default:
                int max = maxOf(field);
                return Arbitraries.frequencyOf(Tuple.of(8, Texts.visible(1, Math.min(max, 40))),
                        Tuple.of(1, Texts.visible(max, max)));
        }
    }

    private static Arbitrary<String> distinctiveText(String field) {
        switch (field) {
            case "email":
                return Texts.word(1, 10).map(w -> "«" + w.replace("@", "") + "»@example.org");
            case "salesforceId":
                return Arbitraries.oneOf(Texts.alphanumeric(13), Texts.alphanumeric(16)).map(s -> "ZZ" + s);
            default:
                return Texts.visible(1, 20).map(text -> "«" + field.charAt(0) + text + "»");
        }
    }

    static int maxOf(String field) {
        switch (field) {
            case "phoneNumber":
                return Person.MAX_PHONE_LENGTH;
            case "website":
            case "facebook":
            case "twitter":
            case "linkedIn":
                return Person.MAX_URL_LENGTH;
            case "other":
                return Person.MAX_OTHER_LENGTH;
            default:
                return Person.MAX_NAME_LENGTH;
        }
    }

    /** One broken field: the value to put there and the rules it breaks. */
    private record Fault(String field, Object value, Set<Rule> rules) {
    }

    private static Arbitrary<Fault> fault(String field) {
        switch (field) {
            case "id":
                return Arbitraries.just(new Fault(field, null, Set.of(Rule.REQUIRED)));
            case "createdAt":
            case "updatedAt":
                return Arbitraries.frequencyOf(
                        Tuple.of(1, Arbitraries.just(new Fault(field, null, Set.of(Rule.REQUIRED)))),
                        Tuple.of(1, unstorableInstants().map(i -> new Fault(field, i, Set.of(Rule.TIME_RANGE)))));
            case "email":
                return Arbitraries.frequencyOf(
                        Tuple.of(4, badEmails().map(e -> new Fault(field, e, Set.of(Rule.EMAIL_FORMAT)))),
                        Tuple.of(1, Arbitraries.of("ada\u0000@example.org", "ada@exam\u0007ple.org",
                                "ada@example.org\u2028x", "ada@example.org\n", "\tada@example.org")
                                .map(e -> new Fault(field, e, Set.of(Rule.TEXT_CONTROL_CHARACTERS)))),
                        Tuple.of(1, Texts.word(321, 340).map(e -> new Fault(field, e, Set.of(Rule.TEXT_TOO_LONG)))),
                        Tuple.of(1, longOnceLowerCased().map(e -> new Fault(field, e, Set.of(Rule.TEXT_TOO_LONG)))),
                        Tuple.of(1, Texts.blank().map(e -> new Fault(field, e, Set.of(Rule.TEXT_BLANK)))));
            case "salesforceId":
                return badSalesforceIds().map(id -> new Fault(field, id, Set.of(Rule.SALESFORCE_ID_FORMAT)));
            default:
                return textFault(field, maxOf(field), field.equals("other"));
        }
    }

    private static Arbitrary<Fault> textFault(String field, int max, boolean multiline) {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Texts.tooLong(max).map(t -> new Fault(field, t, Set.of(Rule.TEXT_TOO_LONG)))),
                Tuple.of(3, Texts.withControl(max, multiline)
                        .map(t -> new Fault(field, t, Set.of(Rule.TEXT_CONTROL_CHARACTERS)))),
                Tuple.of(2, Texts.malformed(max).map(t -> new Fault(field, t, Set.of(Rule.TEXT_MALFORMED)))),
                Tuple.of(1, Texts.blank().map(t -> new Fault(field, t, Set.of(Rule.TEXT_BLANK)))),
                Tuple.of(1, Texts.tooLongWithControl(max).map(t -> new Fault(field, t,
                        Set.of(Rule.TEXT_TOO_LONG, Rule.TEXT_CONTROL_CHARACTERS)))));
    }

    private static Arbitrary<String> badEmails() {
        Arbitrary<String> fixed = Arbitraries.of("plain", "@example.org", "ada@", "a@b@c",
                "ada lovelace@example.org", "ada@exa mple.org", "ada@.example.org", "ada@example.org.",
                "ada@example..org", "ada\uD800@example.org", "ada\u00A0x@example.org");
        Arbitrary<String> noAt = Texts.word(1, 30).map(w -> w.replace("@", ""));
        Arbitrary<String> twoAts = Combinators.combine(Texts.word(1, 10), Texts.word(1, 10), Texts.word(1, 10))
                .as((a, b, c) -> a + "@" + b + "@" + c);
        return Arbitraries.frequencyOf(Tuple.of(3, fixed), Tuple.of(1, noAt), Tuple.of(1, twoAts));
    }

    /**
     * Emails of at most 320 code points whose lower-case form is longer: the dotted capital I
     * becomes two code points.
     */
    private static Arbitrary<String> longOnceLowerCased() {
        return Arbitraries.integers().between(160, 315).map(n -> "\u0130".repeat(n) + "@x.tr");
    }

    /** Instants before 1970 or after the last microsecond of 9999, the extremes included. */
    static Arbitrary<Instant> unstorableInstants() {
        long firstSecondOf10000 = Instant.parse("+10000-01-01T00:00:00Z").getEpochSecond();
        return Arbitraries.oneOf(
                Arbitraries.of(Instant.MIN, Instant.MAX, Instant.EPOCH.minusNanos(1),
                        Instant.parse("9999-12-31T23:59:59.999999Z").plusNanos(1000)),
                Arbitraries.longs().between(Instant.MIN.getEpochSecond(), -1).map(Instant::ofEpochSecond),
                Arbitraries.longs().between(firstSecondOf10000, Instant.MAX.getEpochSecond())
                        .map(Instant::ofEpochSecond));
    }

    private static Arbitrary<String> badSalesforceIds() {
        Arbitrary<String> wrongLength = Arbitraries.oneOf(Arbitraries.integers().between(0, 14),
                Arbitraries.of(16, 17), Arbitraries.integers().between(19, 30)).flatMap(Texts::alphanumeric);
        Arbitrary<String> wrongCharacter = Combinators.combine(Texts.alphanumeric(14),
                Arbitraries.of("-", " ", "é", "٣", "_", "\u0000")).as((s, c) -> s + c);
        return Arbitraries.oneOf(wrongLength, wrongCharacter);
    }

    private static InvalidPerson corrupt(PersonParts valid, List<Fault> faults) {
        Map<String, Object> values = valuesOf(valid);
        Set<BrokenRule> broken = new HashSet<>();
        for (Fault fault : faults) {
            values.put(fault.field(), fault.value());
            fault.rules().forEach(rule -> broken.add(BrokenRule.of("person." + fault.field(), rule)));
        }
        return new InvalidPerson(partsOf(values), broken);
    }

    private static Map<String, Object> valuesOf(PersonParts parts) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", parts.id());
        values.put("firstName", parts.firstName());
        values.put("lastName", parts.lastName());
        values.put("company", parts.company());
        values.put("title", parts.title());
        values.put("email", parts.email());
        values.put("phoneNumber", parts.phoneNumber());
        values.put("website", parts.website());
        values.put("other", parts.other());
        values.put("facebook", parts.facebook());
        values.put("twitter", parts.twitter());
        values.put("linkedIn", parts.linkedIn());
        values.put("salesforceId", parts.salesforceId());
        values.put("createdAt", parts.createdAt());
        values.put("updatedAt", parts.updatedAt());
        return values;
    }

    private static PersonParts toParts(Map<String, Object> drawn) {
        Map<String, Object> values = new LinkedHashMap<>(drawn);
        Instant[] instants = (Instant[]) values.remove("instants");
        values.put("createdAt", instants[0]);
        values.put("updatedAt", instants[1]);
        return partsOf(values);
    }

    private static PersonParts partsOf(Map<String, Object> values) {
        return new PersonParts((PersonId) values.get("id"), text(values, "firstName"), text(values, "lastName"),
                text(values, "company"), text(values, "title"), text(values, "email"),
                text(values, "phoneNumber"), text(values, "website"), text(values, "other"),
                text(values, "facebook"), text(values, "twitter"), text(values, "linkedIn"),
                text(values, "salesforceId"), (Instant) values.get("createdAt"), (Instant) values.get("updatedAt"));
    }

    private static String text(Map<String, Object> values, String field) {
        return (String) values.get(field);
    }

    private static <T> BiFunction<Map<String, Object>, T, Map<String, Object>> put(String key) {
        return (map, value) -> {
            map.put(key, value);
            return map;
        };
    }
}
