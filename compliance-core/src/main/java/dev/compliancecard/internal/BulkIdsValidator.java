package dev.compliancecard.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import dev.compliancecard.rules.BulkIds;
import dev.compliancecard.rules.Rule;

/**
 * Checks {@link BulkIds} in one pass, reporting every null and every repeated occurrence of an
 * id at its position, such as {@code personIds[3]}.
 */
public final class BulkIdsValidator implements ConstraintValidator<BulkIds, Collection<?>> {

    @Override
    public boolean isValid(Collection<?> ids, ConstraintValidatorContext context) {
        if (ids == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        if (ids.isEmpty()) {
            Violations.reportParts(context, Rule.BULK_EMPTY, List.of(new Violations.Part("", null)));
            return false;
        }
        Set<Object> seen = new HashSet<>();
        List<Violations.Part> nulls = new ArrayList<>();
        List<Violations.Part> repeated = new ArrayList<>();
        int index = 0;
        for (Object id : ids) {
            if (id == null) {
                nulls.add(new Violations.Part("[" + index + "]", null));
            } else if (!seen.add(id)) {
                repeated.add(new Violations.Part("[" + index + "]", id));
            }
            index++;
        }
        if (!nulls.isEmpty()) {
            Violations.reportParts(context, Rule.BULK_NULL, nulls);
        }
        if (!repeated.isEmpty()) {
            Violations.reportParts(context, Rule.BULK_DUPLICATE, repeated);
        }
        return nulls.isEmpty() && repeated.isEmpty();
    }
}
