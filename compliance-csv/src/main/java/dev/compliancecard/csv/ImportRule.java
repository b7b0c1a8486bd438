package dev.compliancecard.csv;

/**
 * The reasons, beyond the rules of the core ({@link dev.compliancecard.rules.Rule}), for which
 * an imported row is rejected. Each has a stable code, like the core rules, that hosts may use
 * to translate messages. Codes never change once released.
 */
public enum ImportRule {
    /** A row has more or fewer columns than the header. */
    COLUMN_COUNT("csv.column-count", "must have as many columns as the header"),
    /** The file is not valid CSV from this row on, such as after an unclosed quote. */
    MALFORMED("csv.malformed",
            "is not valid CSV (such as an unclosed quote); this row and the rows after it were not read"),
    /** A date-time column holds text that is not an ISO-8601 date or date-time. */
    TIMESTAMP_FORMAT("timestamp.format",
            "must be an ISO-8601 date-time such as 2024-08-13T18:04:34.666+00:00, or a date"),
    /** The person id is held already, by the store or by an earlier row of the same file. */
    DUPLICATE_ID("person.duplicate-id",
            "is already held by the store or by an earlier row; person ids are never reused"),
    /**
     * The person id is a formula-like text behind the quote that the export's formula guard puts
     * there, such as {@code '-42}: it is most likely an exported id that is not the person's
     * real one, so the row is refused rather than stored under a new id.
     */
    FORMULA_GUARDED_ID("csv.formula-guarded-id",
            "starts with the quote the export puts before formula-like cells; remove the quote "
                    + "if the id is the part after it (exports are not backups)");

    private final String code;
    private final String sentence;

    ImportRule(String code, String sentence) {
        this.code = code;
        this.sentence = sentence;
    }

    /**
     * Returns the stable code, such as {@code csv.column-count}.
     *
     * @return the code, never null
     */
    public String code() {
        return code;
    }

    /**
     * Returns the English sentence that completes "the field ..." for this rule.
     *
     * @return the sentence, never null
     */
    public String sentence() {
        return sentence;
    }
}
