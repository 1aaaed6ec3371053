package org.casillero.warehouseapi;

import org.casillero.shared.Secret;
import org.casillero.warehouse.StaffAuthentication;
import org.casillero.warehouse.StaffMember;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** A handler parameter of type {@link StaffMember} is the staff member whose token the request bears. */
final class StaffResolver implements HandlerMethodArgumentResolver {
    private static final String BEARER = "Bearer ";

    private final StaffAuthentication authentication;

    StaffResolver(StaffAuthentication authentication) {
        this.authentication = authentication;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == StaffMember.class;
    }

    @Override
    public StaffMember resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        String token = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? header.substring(BEARER.length()).strip()
                : "";
        return authentication.authenticate(new Secret(token));
    }
}
