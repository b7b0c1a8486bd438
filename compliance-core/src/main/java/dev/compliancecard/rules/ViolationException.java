package dev.compliancecard.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import dev.compliancecard.ComplianceException;

/**
 * Thrown when a value or request breaks one or more rules. It carries every broken rule at
 * once, never only the first, and nothing was changed when it is thrown.
 *
 * <p>The message names the subject and lists the violations' {@linkplain Violation#message()
 * messages}, the first {@value #LISTED} of them, then how many more there are;
 * {@link #violations()} always holds all of them. Neither ever holds a personal value.
 */
public class ViolationException extends ComplianceException {

    /** How many violations the message lists at most. */
    public static final int LISTED = 20;

    private static final long serialVersionUID = 1L;

    private static final Comparator<Violation> ORDER = Comparator
            .comparing(Violation::field, ViolationException::compareFields)
            .thenComparing(v -> v.rule().code());

    /** Every broken rule, sorted, unmodifiable. */
    private final List<Violation> violations;

    /**
     * Creates the exception.
     *
     * @param subject what was rejected, such as {@code "Authorization"}
     * @param violations every broken rule; must not be empty
     * @throws IllegalArgumentException if violations is empty
     * @throws NullPointerException if subject, violations or a violation is null
     */
    public ViolationException(String subject, List<Violation> violations) {
        this(subject, sorted(violations));
    }

    private ViolationException(String subject, ArrayList<Violation> sorted) {
        super(describe(subject, sorted));
        this.violations = List.copyOf(sorted);
    }

    private static ArrayList<Violation> sorted(List<Violation> violations) {
        Objects.requireNonNull(violations, "violations");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("A ViolationException needs at least one violation");
        }
        ArrayList<Violation> sorted = new ArrayList<>(violations.size());
        for (Violation violation : violations) {
            sorted.add(Objects.requireNonNull(violation, "violation"));
        }
        sorted.sort(ORDER);
        return sorted;
    }

    /** Compares field paths as text, except that positions compare as numbers: [2] before [10]. */
    static int compareFields(String left, String right) {
        int i = 0;
        int j = 0;
        while (i < left.length() && j < right.length()) {
            char a = left.charAt(i);
            char b = right.charAt(j);
            if (isDigit(a) && isDigit(b)) {
                int endA = endOfNumber(left, i);
                int endB = endOfNumber(right, j);
                int byValue = Long.compare(Long.parseLong(left.substring(i, endA)),
                        Long.parseLong(right.substring(j, endB)));
                if (byValue != 0) {
                    return byValue;
                }
                i = endA;
                j = endB;
            } else if (a != b) {
                return Character.compare(a, b);
            } else {
                i++;
                j++;
            }
        }
        return Integer.compare(left.length() - i, right.length() - j);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int endOfNumber(String text, int start) {
        int end = start;
        while (end < text.length() && isDigit(text.charAt(end)) && end - start < 18) {
            end++;
        }
        return end;
    }

    private static String describe(String subject, List<Violation> violations) {
        Objects.requireNonNull(subject, "subject");
        int count = violations.size();
        StringBuilder text = new StringBuilder(subject).append(" rejected, ")
                .append(count == 1 ? "1 violation" : count + " violations").append(" of the rules:");
        for (Violation violation : violations.subList(0, Math.min(count, LISTED))) {
            text.append("\n  - ").append(violation.message());
        }
        if (count > LISTED) {
            text.append("\n  - and ").append(count - LISTED).append(" more");
        }
        return text.toString();
    }

    /**
     * Returns every broken rule, in a stable order: by field (positions such as {@code [10]}
     * compared as numbers), then by rule code; violations with equal field and code in the order
     * they were given.
     *
     * @return the violations, never empty, unmodifiable
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * Tells whether a rule is among the broken ones.
     *
     * @param rule the rule
     * @return true if at least one violation is of that rule
     */
    public boolean breaks(Rule rule) {
        return violations.stream().anyMatch(v -> v.rule() == rule);
    }
}
