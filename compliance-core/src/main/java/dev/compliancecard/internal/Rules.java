package dev.compliancecard.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

import dev.compliancecard.person.Person;
import dev.compliancecard.rules.Clocked;
import dev.compliancecard.rules.EmailAddress;
import dev.compliancecard.rules.Rule;
import dev.compliancecard.rules.Violation;
import dev.compliancecard.rules.ViolationException;

/**
 * The one place where Jakarta Validation runs. Values call {@link #requireValid} when they are
 * built; the entry point calls {@link #requireValidAt} with its clock when it applies a value;
 * ids and request parts call {@link #requireValidValue}. Constraint violations become
 * {@link Violation}s: field path, rule, message, and the rejected value only where it is not
 * personal data (nothing of a {@link Person} is ever shown).
 *
 * <p>Thread-safe.
 */
public final class Rules {

    private static final ValidatorFactory FACTORY = bootstrap();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    private Rules() {
    }

    private static ValidatorFactory bootstrap() {
        return Validation.byProvider(HibernateValidator.class)
                .providerResolver(() -> List.of(new HibernateValidator()))
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .getterPropertySelectionStrategy(new AccessorStrategy())
                .buildValidatorFactory();
    }

    /**
     * Returns a validator whose clock is the given one, for the {@link Clocked} rules.
     *
     * @param clock the library's clock
     * @return the validator; thread-safe
     */
    public static Validator validatorAt(Clock clock) {
        return FACTORY.usingContext().clockProvider(() -> clock).getValidator();
    }

    /**
     * Throws unless the value satisfies every rule that needs no clock.
     *
     * @param value the value to check, not null
     * @param subject how the value is named in the exception message
     * @throws ViolationException listing every broken rule
     */
    public static void requireValid(Object value, String subject) {
        throwIfAny(subject, translate(value.getClass(), null, VALIDATOR.validate(value, Default.class)));
    }

    /**
     * Throws unless the value satisfies every rule, the clock rules included; the exception
     * names the value by its public type, such as {@code Authorization}.
     *
     * @param validator a validator from {@link #validatorAt(Clock)}
     * @param value the value to check, not null
     * @throws ViolationException listing every broken rule
     */
    public static void requireValidAt(Validator validator, Object value) {
        requireValidAt(validator, value, publicType(value.getClass()).getSimpleName());
    }

    /**
     * Throws unless the value satisfies every rule, the clock rules included.
     *
     * @param validator a validator from {@link #validatorAt(Clock)}
     * @param value the value to check, not null
     * @param subject how the value is named in the exception message
     * @throws ViolationException listing every broken rule
     */
    public static void requireValidAt(Validator validator, Object value, String subject) {
        Set<? extends ConstraintViolation<?>> found = validator.validate(value, Default.class, Clocked.class);
        throwIfAny(subject, translate(value.getClass(), null, found));
    }

    /**
     * Throws unless a value satisfies the rules declared on one property of a type, for a value
     * that is checked before its owner exists, such as an id or a part of a request.
     *
     * @param type the type that declares the property
     * @param property the property name
     * @param value the value, possibly null
     * @param field the field path the violations name
     * @param subject how the value is named in the exception message
     * @throws ViolationException listing every broken rule
     */
    public static void requireValidValue(Class<?> type, String property, Object value, String field,
            String subject) {
        throwIfAny(subject, translate(type, field, VALIDATOR.validateValue(type, property, value, Default.class)));
    }

    /**
     * Builds a value and checks it against every rule, the clock rules included, reporting every
     * broken rule at once: when the build itself fails, the clock rules of the given parts are
     * added to the build's violations.
     *
     * @param <T> the value type
     * @param validator a validator from {@link #validatorAt(Clock)}
     * @param type the value type whose rules apply
     * @param subject how the value is named in the exception message
     * @param build builds the value, throwing {@link ViolationException} for the rules it checks
     * @param clockedParts the parts of the value that carry clock rules
     * @return the value
     * @throws ViolationException listing every broken rule
     */
    public static <T> T requireBuiltAt(Validator validator, Class<T> type, String subject, Supplier<T> build,
            PropertyValue... clockedParts) {
        T value;
        try {
            value = build.get();
        } catch (ViolationException e) {
            List<Violation> all = new ArrayList<>(e.violations());
            for (PropertyValue part : clockedParts) {
                all.addAll(translate(type, null,
                        validator.validateValue(type, part.name(), part.value(), Clocked.class)));
            }
            if (all.size() == e.violations().size()) {
                throw e;
            }
            throw new ViolationException(subject, all);
        }
        requireValidAt(validator, value, subject);
        return value;
    }

    /**
     * Names one property value for {@link #rejectProperties} and {@link #requireBuiltAt}.
     *
     * @param name the property name
     * @param value the value, possibly null
     * @return the pair
     */
    public static PropertyValue property(String name, Object value) {
        return new PropertyValue(name, value);
    }

    /**
     * Checks property values one by one, for a value that cannot be built because a required
     * part is missing, and throws with every violation found.
     *
     * @param <T> the value type
     * @param type the value type whose rules apply
     * @param subject how the value is named in the exception message
     * @param properties the property values
     * @throws ViolationException always, listing every broken rule of the given values
     * @throws IllegalArgumentException if the given values break no rule
     */
    public static <T> void rejectProperties(Class<T> type, String subject, PropertyValue... properties) {
        List<ConstraintViolation<T>> found = new ArrayList<>();
        for (PropertyValue property : properties) {
            found.addAll(VALIDATOR.validateValue(type, property.name(), property.value(), Default.class));
        }
        List<Violation> violations = translate(type, null, found);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("rejectProperties needs values that break a rule");
        }
        throw new ViolationException(subject, violations);
    }

    private static void throwIfAny(String subject, List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ViolationException(subject, violations);
        }
    }

    private static List<Violation> translate(Class<?> type, String field,
            Collection<? extends ConstraintViolation<?>> found) {
        boolean personal = Person.class.isAssignableFrom(type);
        String prefix = beanName(type);
        List<Violation> violations = new ArrayList<>(found.size());
        for (ConstraintViolation<?> violation : found) {
            String property = propertyPath(violation.getPropertyPath());
            String path = field != null ? field + property.substring(leadingName(property).length())
                    : property.isEmpty() ? prefix : prefix + "." + property;
            Rule rule = Rule.ofCode(violation.getMessageTemplate());
            long max = maxOf(violation);
            for (Violations.Part part : partsOf(violation)) {
                violations.add(personal
                        ? Violation.ofPersonal(path + part.suffix(), rule, max)
                        : Violation.of(path + part.suffix(), rule, shown(part.shown()), max));
            }
        }
        return violations;
    }

    private static String beanName(Class<?> type) {
        String simple = publicType(type).getSimpleName();
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }

    private static Class<?> publicType(Class<?> type) {
        Class<?> current = type;
        while (!Modifier.isPublic(current.getModifiers()) && current.getSuperclass() != null) {
            current = current.getSuperclass();
        }
        return current;
    }

    /** The path as dotted names, each followed by the position it holds in an iterable, if any. */
    private static String propertyPath(Path path) {
        StringBuilder result = new StringBuilder();
        for (Path.Node node : path) {
            boolean named = node.getName() != null && !node.getName().startsWith("<");
            if (named) {
                result.append(result.length() > 0 ? "." : "").append(node.getName());
            }
            if (node.getIndex() != null) {
                result.append('[').append(node.getIndex()).append(']');
            }
        }
        return result.toString();
    }

    private static String leadingName(String property) {
        int end = 0;
        while (end < property.length() && property.charAt(end) != '.' && property.charAt(end) != '[') {
            end++;
        }
        return property.substring(0, end);
    }

    private static long maxOf(ConstraintViolation<?> violation) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        if (constraint instanceof EmailAddress) {
            return EmailAddressValidator.MAX_LENGTH;
        }
        Object max = violation.getConstraintDescriptor().getAttributes().get("max");
        return max instanceof Number ? ((Number) max).longValue() : 0;
    }

    private static List<Violations.Part> partsOf(ConstraintViolation<?> violation) {
        HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
        Violations.Detail detail = hibernate.getDynamicPayload(Violations.Detail.class);
        return detail != null ? detail.parts() : List.of(new Violations.Part("", violation.getInvalidValue()));
    }

    private static Object shown(Object value) {
        return value instanceof Optional ? ((Optional<?>) value).orElse(null) : value;
    }

    /** A property name with a value to check. */
    public static final class PropertyValue {
        private final String name;
        private final Object value;

        PropertyValue(String name, Object value) {
            this.name = name;
            this.value = value;
        }

        String name() {
            return name;
        }

        Object value() {
            return value;
        }
    }

    /**
     * Treats every no-argument accessor as a property, so that constraints on record-style
     * accessors such as {@code purpose()} are found.
     */
    private static final class AccessorStrategy implements GetterPropertySelectionStrategy {

        @Override
        public Optional<String> getProperty(ConstrainableExecutable executable) {
            boolean accessor = executable.getParameterTypes().length == 0
                    && executable.getReturnType() != void.class;
            return accessor ? Optional.of(executable.getName()) : Optional.empty();
        }

        @Override
        public List<String> getGetterMethodNameCandidates(String propertyName) {
            return List.of(propertyName);
        }
    }
}
