package dev.compliancecard.rules;

import java.util.List;
import java.util.stream.Collectors;

import dev.compliancecard.ComplianceException;

/**
 * Thrown when a value or request breaks one or more rules. It carries every broken rule at
 * once, never only the first, and nothing was changed when it is thrown.
 */
public class ViolationException extends ComplianceException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /**
     * Creates the exception.
     *
     * @param subject what was rejected, such as {@code "Authorization"}
     * @param violations every broken rule; must not be empty
     * @throws IllegalArgumentException if violations is empty
     */
    public ViolationException(String subject, List<Violation> violations) {
        super(describe(subject, violations));
        this.violations = List.copyOf(violations);
    }

    private static String describe(String subject, List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("A ViolationException needs at least one violation");
        }
        String count = violations.size() == 1 ? "1 rule" : violations.size() + " rules";
        return subject + " rejected, " + count + " broken:" + violations.stream()
                .map(Violation::message)
                .collect(Collectors.joining("\n  - ", "\n  - ", ""));
    }

    /**
     * Returns every broken rule, in a stable order (by field, then rule code).
     *
     * @return the violations, never empty, unmodifiable
     */
    public List<Violation> violations() {
        return violations;
    }
}
