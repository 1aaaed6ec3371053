package org.casillero.shared.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.casillero.shared.WebAddress;

/**
 * A request text that someone will be shown as a link: empty, or a {@link WebAddress} (an absolute
 * http or https address of at most 2048 characters). Null and blank are left to the field's own
 * rules.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WebLink.Validator.class)
public @interface WebLink {
    String message() default
            "must be an absolute http or https address of at most " + WebAddress.MAX_LENGTH + " characters, or empty";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<WebLink, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || WebAddress.isWebAddress(value);
        }
    }
}
