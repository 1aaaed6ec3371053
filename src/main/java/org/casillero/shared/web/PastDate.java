package org.casillero.shared.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A request date ({@code YYYY-MM-DD}, as the Box API sends them) that exists on the calendar and lies
 * in the past (before today in the service's time zone), no earlier than 1900. Null is left to
 * {@code @NotNull}.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PastDate.Validator.class)
public @interface PastDate {
    String message() default "must be a real past date in the format YYYY-MM-DD";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<PastDate, String> {
        private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            if (!isoShaped(value)) {
                return false;
            }
            try {
                LocalDate date = LocalDate.of(
                        Integer.parseInt(value, 0, 4, 10),
                        Integer.parseInt(value, 5, 7, 10),
                        Integer.parseInt(value, 8, 10, 10));
                LocalDate today = LocalDate.now(context.getClockProvider().getClock());
                return !date.isBefore(EARLIEST) && date.isBefore(today);
            } catch (DateTimeException e) {
                return false;
            }
        }

        /** Four digits, a dash, two digits, a dash, two digits (ASCII digits only). */
        private static boolean isoShaped(String value) {
            if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
                return false;
            }
            for (int i = 0; i < 10; i++) {
                char c = value.charAt(i);
                if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                    return false;
                }
            }
            return true;
        }
    }
}
