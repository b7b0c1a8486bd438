package dev.compliancecard.rules;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every rule the library enforces, each with a stable code that hosts may use to translate
 * messages. Codes never change once released; new rules get new codes.
 */
public enum Rule {
    /** A value that must be present is missing or blank. */
    REQUIRED("required", "is required and must not be blank"),
    /** A text is longer than its bound, counted in Unicode code points. */
    TEXT_TOO_LONG("text.too-long", "must be at most {max} characters long"),
    /** A text holds control characters (line breaks are allowed only where stated). */
    TEXT_CONTROL_CHARACTERS("text.control-characters",
            "must not contain control characters or, unless stated, line breaks"),
    /** A text holds an unpaired surrogate, so it is not well-formed Unicode. */
    TEXT_MALFORMED("text.malformed", "must be well-formed Unicode text, without unpaired surrogates"),
    /** Consent was chosen without a consent date. */
    CONSENT_DATE_REQUIRED("consent.date.required", "is required when the type is CONSENT"),
    /** Consent was chosen without a non-blank processing purpose. */
    CONSENT_PURPOSE_REQUIRED("consent.purpose.required",
            "is required and must not be blank when the type is CONSENT"),
    /** A consent date or processing purpose was given with a type other than consent. */
    CONSENT_ONLY("consent.only", "applies to type CONSENT only; remove it or choose CONSENT"),
    /** "Other" was chosen without a non-blank description. */
    DESCRIPTION_REQUIRED("other.description.required",
            "is required and must not be blank when the type is OTHER"),
    /** A description was given with a type other than "other". */
    OTHER_ONLY("other.only", "applies to type OTHER only; remove it or choose OTHER"),
    /** A date lies after today by the library's clock. */
    DATE_IN_FUTURE("date.in-future", "must not lie in the future of the library's clock"),
    /** A date lies before {@code 1970-01-01}. */
    DATE_TOO_OLD("date.too-old", "must not lie before 1970-01-01"),
    /** An email address is not of the form {@code local@domain}. */
    EMAIL_FORMAT("email.format", "must have the form local@domain, without spaces"),
    /** A Salesforce id is not 15 or 18 letters and digits. */
    SALESFORCE_ID_FORMAT("salesforce-id.format", "must be 15 or 18 ASCII letters and digits"),
    /** A text begins or ends with white space where that is not allowed. */
    TEXT_UNTRIMMED("text.untrimmed", "must not begin or end with white space"),
    /** An optional text is present but blank; leave it absent instead. */
    TEXT_BLANK("text.blank", "must not be blank; leave it absent (null) instead"),
    /** An instant lies outside the range every store can keep. */
    TIME_RANGE("time.range",
            "must lie between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59.999999Z"),
    /** A bulk request names no person. */
    BULK_EMPTY("bulk.empty", "must name at least one person"),
    /** A bulk request names a person twice. */
    BULK_DUPLICATE("bulk.duplicate", "must not name the same person twice"),
    /** A bulk request holds a null id. */
    BULK_NULL("bulk.null", "must not contain null ids"),
    /** An expected card version is not positive. */
    VERSION_POSITIVE("version.positive", "must be 1 or greater");

    private static final Map<String, Rule> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Rule::code, Function.identity()));

    private final String code;
    private final String sentence;

    Rule(String code, String sentence) {
        this.code = code;
        this.sentence = sentence;
    }

    /**
     * Returns the stable code of this rule, such as {@code consent.date.required}.
     *
     * @return the code, never null
     */
    public String code() {
        return code;
    }

    /**
     * Returns the English sentence that completes "the field ..." for this rule; it may hold
     * a {@code {max}} placeholder that {@link Violation} fills in.
     *
     * @return the sentence, never null
     */
    public String sentence() {
        return sentence;
    }

    /**
     * Finds the rule with the given code.
     *
     * @param code a code as returned by {@link #code()}
     * @return the rule, never null
     * @throws IllegalArgumentException if no rule has that code, or code is null
     */
    public static Rule ofCode(String code) {
        Rule rule = code == null ? null : BY_CODE.get(code);
        if (rule == null) {
            throw new IllegalArgumentException("No rule has the code '" + code + "'");
        }
        return rule;
    }
}
