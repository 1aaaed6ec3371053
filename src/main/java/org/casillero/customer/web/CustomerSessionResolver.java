package org.casillero.customer.web;

import jakarta.servlet.http.HttpServletRequest;
import org.casillero.customer.CustomerSession;
import org.casillero.customer.CustomerSessions;
import org.casillero.partner.ApiClients;
import org.casillero.shared.web.WireBody;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * A handler parameter of type {@link CustomerSession} is the customer opened with the body's
 * application and customer credentials; a {@code @Nullable} one is null when the request carries
 * no customer credentials (it still needs valid application credentials).
 */
final class CustomerSessionResolver implements HandlerMethodArgumentResolver {
    private final WireBody body;
    private final ApiClients clients;
    private final CustomerSessions sessions;

    CustomerSessionResolver(WireBody body, ApiClients clients, CustomerSessions sessions) {
        this.body = body;
        this.clients = clients;
        this.sessions = sessions;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CustomerSession.class;
    }

    @Override
    public @Nullable CustomerSession resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        HttpServletRequest servletRequest = request.getNativeRequest(HttpServletRequest.class);
        var client = clients.authenticate(body.appCredentials(servletRequest));
        if (parameter.isOptional() && !body.hasCustomerCredentials(servletRequest)) {
            return null;
        }
        return sessions.open(client, body.customerCredentials(servletRequest));
    }
}
