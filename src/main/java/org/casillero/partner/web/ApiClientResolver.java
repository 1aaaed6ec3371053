package org.casillero.partner.web;

import jakarta.servlet.http.HttpServletRequest;
import org.casillero.partner.ApiClient;
import org.casillero.partner.ApiClients;
import org.casillero.shared.web.WireBody;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** A handler parameter of type {@link ApiClient} is the API user authenticated from the body's credentials. */
final class ApiClientResolver implements HandlerMethodArgumentResolver {
    private final WireBody body;
    private final ApiClients clients;

    ApiClientResolver(WireBody body, ApiClients clients) {
        this.body = body;
        this.clients = clients;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ApiClient.class;
    }

    @Override
    public ApiClient resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        return clients.authenticate(body.appCredentials(request.getNativeRequest(HttpServletRequest.class)));
    }
}
