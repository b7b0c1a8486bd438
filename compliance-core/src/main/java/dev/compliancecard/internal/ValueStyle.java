package dev.compliancecard.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.immutables.value.Value;

/**
 * The one Immutables style of the library: generated classes stay package-private, the
 * abstract value type is what every signature shows, and redacted attributes print as a mask.
 * Generated builders are made with {@code new}, and never extend a value type's own nested
 * {@code Builder}: {@code Person.Builder} is hand-written, so that it can report missing and
 * invalid attributes together, and builds through the generated one.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jakarta = true,
        redactedMask = "***",
        optionalAcceptNullable = true,
        defaults = @Value.Immutable(copy = false),
        builder = "new",
        typeInnerBuilder = "GeneratedBuilder",
        allowedClasspathAnnotations = {Override.class})
public @interface ValueStyle {
}
