package dev.compliancecard;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.stream.Collectors;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import dev.compliancecard.rules.ViolationException;

/** Runs an action that must be refused and answers its violations as "field code" lines. */
public final class Refusals {

    private Refusals() {
    }

    public static ViolationException refusal(ThrowingCallable action) {
        ViolationException e = catchThrowableOfType(ViolationException.class, action);
        if (e == null) {
            throw new AssertionError("Expected a ViolationException, but the action was accepted");
        }
        return e;
    }

    public static List<String> violations(ThrowingCallable action) {
        return refusal(action).violations().stream()
                .map(v -> v.field() + " " + v.rule().code())
                .collect(Collectors.toList());
    }
}
