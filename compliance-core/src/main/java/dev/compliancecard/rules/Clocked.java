package dev.compliancecard.rules;

/**
 * The validation group of rules that need the library's clock, such as {@link NotInFuture}.
 * They run when a value is applied through the library, never when a value is merely built.
 */
public interface Clocked {
}
