package org.casillero.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Box API operation whose body is a file's raw bytes (read through {@link RawBody}, whatever the
 * {@code Content-Type} says): its credentials and fields come as HTTP headers with the wire's names
 * ({@code user_code}, {@code app_key}, {@code customer_box_id}, {@code customer_key}, ...), and
 * {@link BoxBody} parameters and credentials bind from those headers.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface BoxUpload {}
