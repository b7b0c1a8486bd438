package dev.compliancecard.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

import dev.compliancecard.person.Person;
import dev.compliancecard.rules.Clocked;
import dev.compliancecard.rules.Rule;
import dev.compliancecard.rules.Violation;
import dev.compliancecard.rules.ViolationException;

/**
 * The one place where Jakarta Validation runs. Values call {@link #requireValid} when they are
 * built; the entry point calls {@link #requireValidAt} with its clock when it applies a value.
 * Constraint violations become {@link Violation}s: field path, rule, message, and the rejected
 * value only where it is not personal data.
 */
public final class Rules {

    private static final Set<String> OBJECT_METHODS = Set.of("toString", "hashCode", "getClass");

    private static final ValidatorFactory FACTORY = bootstrap();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    private Rules() {
    }

    private static ValidatorFactory bootstrap() {
        HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class)
                .providerResolver(() -> List.of(new HibernateValidator()))
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .getterPropertySelectionStrategy(new AccessorStrategy());
        return configuration.buildValidatorFactory();
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
     * @param value the value to check
     * @param subject how the value is named in the exception message
     * @throws ViolationException listing every broken rule
     */
    public static void requireValid(Object value, String subject) {
        throwIfAny(subject, value, VALIDATOR.validate(value, Default.class));
    }

    /**
     * Throws unless the value satisfies every rule, the clock rules included.
     *
     * @param validator a validator from {@link #validatorAt(Clock)}
     * @param value the value to check
     * @param subject how the value is named in the exception message
     * @throws ViolationException listing every broken rule
     */
    public static void requireValidAt(Validator validator, Object value, String subject) {
        throwIfAny(subject, value, validator.validate(value, Default.class, Clocked.class));
    }

    /**
     * Names one property value for {@link #rejectProperties}.
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
     * @throws ViolationException always
     */
    public static <T> void rejectProperties(Class<T> type, String subject, PropertyValue... properties) {
        List<ConstraintViolation<T>> found = new ArrayList<>();
        for (PropertyValue property : properties) {
            found.addAll(VALIDATOR.validateValue(type, property.name(), property.value(), Default.class));
        }
        throw new ViolationException(subject, translate(type, found));
    }

    private static void throwIfAny(String subject, Object value, Set<? extends ConstraintViolation<?>> found) {
        if (!found.isEmpty()) {
            throw new ViolationException(subject, translate(value.getClass(), found));
        }
    }

    private static List<Violation> translate(Class<?> type, Collection<? extends ConstraintViolation<?>> found) {
        boolean personal = Person.class.isAssignableFrom(type);
        String prefix = beanName(type);
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> violation : found) {
            String property = propertyPath(violation.getPropertyPath());
            String field = property.isEmpty() ? prefix : prefix + "." + property;
            Rule rule = Rule.ofCode(violation.getMessageTemplate());
            long max = maxOf(violation);
            violations.add(personal
                    ? Violation.ofPersonal(field, rule, max)
                    : Violation.of(field, rule, rejectedValue(violation, property), max));
        }
        violations.sort(Comparator.comparing(Violation::field).thenComparing(v -> v.rule().code()));
        return violations;
    }

    private static String beanName(Class<?> type) {
        Class<?> named = publicType(type);
        String simple = named.getSimpleName();
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }

    private static Class<?> publicType(Class<?> type) {
        Class<?> current = type;
        while (current != null && !Modifier.isPublic(current.getModifiers())) {
            current = current.getSuperclass();
        }
        return current == null ? type : current;
    }

    private static String propertyPath(Path path) {
        StringBuilder result = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getName() == null || node.getName().startsWith("<")) {
                continue;
            }
            if (result.length() > 0) {
                result.append('.');
            }
            result.append(node.getName());
        }
        return result.toString();
    }

    private static long maxOf(ConstraintViolation<?> violation) {
        Object max = violation.getConstraintDescriptor().getAttributes().get("max");
        if (max instanceof Number) {
            return ((Number) max).longValue();
        }
        return Rule.ofCode(violation.getMessageTemplate()) == Rule.TEXT_TOO_LONG
                ? EmailAddressValidator.MAX_LENGTH : 0;
    }

    private static Object rejectedValue(ConstraintViolation<?> violation, String property) {
        Object value = violation.getInvalidValue();
        Object bean = violation.getLeafBean();
        if (value != null && value == bean && !property.isEmpty()) {
            value = readProperty(bean, property);
        }
        if (value instanceof Optional) {
            value = ((Optional<?>) value).orElse(null);
        }
        return value;
    }

    private static Object readProperty(Object bean, String property) {
        try {
            Method accessor = publicType(bean.getClass()).getMethod(property);
            return accessor.invoke(bean);
        } catch (ReflectiveOperationException e) {
            return null;
        }
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
     * Treats every public no-argument accessor as a property, so that constraints on record-style
     * accessors such as {@code purpose()} are found.
     */
    private static final class AccessorStrategy implements GetterPropertySelectionStrategy {

        @Override
        public Optional<String> getProperty(ConstrainableExecutable executable) {
            boolean accessor = executable.getParameterTypes().length == 0
                    && executable.getReturnType() != void.class
                    && !OBJECT_METHODS.contains(executable.getName());
            return accessor ? Optional.of(executable.getName()) : Optional.empty();
        }

        @Override
        public List<String> getGetterMethodNameCandidates(String propertyName) {
            return List.of(propertyName);
        }
    }
}
