package org.casillero.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A handler parameter bound from the JSON body with the wire's names and types, then validated by
 * its Jakarta constraints; a broken rule answers {@code _verify: false} naming the field.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface BoxBody {
    /**
     * Top-level members that this operation does not take although a sibling operation binding the
     * same record does (register-info has no {@code customer_tax_number}): ignored, as any unknown
     * member is, rather than read and checked.
     */
    String[] ignoring() default {};
}
