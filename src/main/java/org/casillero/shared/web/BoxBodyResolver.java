package org.casillero.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.casillero.shared.InvalidField;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.spi.nodenameprovider.Property;
import org.hibernate.validator.spi.nodenameprovider.PropertyNodeNameProvider;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import tools.jackson.databind.node.ObjectNode;

/** Binds and validates {@link BoxBody} parameters. */
final class BoxBodyResolver implements HandlerMethodArgumentResolver {
    private final WireBody body;
    private final WireJson json;
    private final Validator validator;

    /** @param today the service's clock in its time zone: what "past" means for a date */
    BoxBodyResolver(WireBody body, WireJson json, ClockProvider today) {
        this.body = body;
        this.json = json;
        this.validator = Validation.byProvider(HibernateValidator.class)
                .configure()
                .clockProvider(today)
                .propertyNodeNameProvider(new WireNames())
                .defaultLocale(Locale.ENGLISH)
                .buildValidatorFactory()
                .getValidator();
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(BoxBody.class);
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        HttpServletRequest servletRequest = request.getNativeRequest(HttpServletRequest.class);
        ObjectNode tree = body.read(servletRequest);
        String[] ignoring = parameter.getParameterAnnotation(BoxBody.class).ignoring();
        if (ignoring.length > 0) {
            tree = tree.deepCopy();
            tree.remove(List.of(ignoring));
        }
        Object value = json.bind(tree, parameter.getParameterType(), "");
        var violation = validator.validate(value).stream()
                .min(Comparator.comparing(broken -> wirePath(broken.getPropertyPath())));
        if (violation.isPresent()) {
            discard(value);
            reject(violation.get());
        }
        return value;
    }

    /** A request refused before any use case saw it: one holding sensitive text wipes it now. */
    private static void discard(Object value) {
        if (value instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("Could not discard a refused request", e);
            }
        }
    }

    private static void reject(ConstraintViolation<?> violation) {
        throw InvalidField.asSent(wirePath(violation.getPropertyPath()), violation.getMessage());
    }

    /** The field as the request names it: {@code customer_phone[1].phone_type}, {@code customer_phone[0]}. */
    static String wirePath(Path path) {
        StringBuilder wire = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                wire.append('[').append(node.getIndex()).append(']');
            }
            // A list element's own node adds nothing to the index before it.
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                wire.append(wire.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return wire.toString();
    }

    /** Violations name the field as the request does. */
    private static final class WireNames implements PropertyNodeNameProvider {
        @Override
        public String getName(Property property) {
            return WireNaming.toWire(property.getName());
        }
    }
}
