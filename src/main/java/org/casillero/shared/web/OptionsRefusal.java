package org.casillero.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Operations answer POST only, so OPTIONS is refused as every other method is (405, {@code Allow:
 * POST}), CORS preflights included, instead of Spring MVC's automatic 200 answer.
 */
final class OptionsRefusal implements HandlerInterceptor {
    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpRequestMethodNotSupportedException {
        if (request.getDispatcherType() == DispatcherType.REQUEST && HttpMethod.OPTIONS.matches(request.getMethod())) {
            throw new HttpRequestMethodNotSupportedException(request.getMethod(), List.of(HttpMethod.POST.name()));
        }
        return true;
    }
}
