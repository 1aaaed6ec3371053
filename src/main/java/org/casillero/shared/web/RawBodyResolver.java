package org.casillero.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Gives {@link RawBody} parameters, all sharing the server's upload slots. */
final class RawBodyResolver implements HandlerMethodArgumentResolver {
    private final UploadSlots slots;

    RawBodyResolver(UploadSlots slots) {
        this.slots = slots;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == RawBody.class;
    }

    @Override
    public RawBody resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        return new RawBody(request.getNativeRequest(HttpServletRequest.class), slots);
    }
}
