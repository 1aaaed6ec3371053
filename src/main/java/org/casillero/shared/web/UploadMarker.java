package org.casillero.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Marks the requests of {@link BoxUpload} operations, whose fields {@link WireBody} reads from the headers. */
final class UploadMarker implements HandlerInterceptor {
    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(BoxUpload.class)) {
            request.setAttribute(WireBody.UPLOAD, Boolean.TRUE);
        }
        return true;
    }
}
