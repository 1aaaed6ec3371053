package org.casillero.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Writes what a {@link BoxController} handler returns inside the Box envelope. */
final class EnvelopeReturnValueHandler implements HandlerMethodReturnValueHandler {
    private final Envelope envelope;

    EnvelopeReturnValueHandler(Envelope envelope) {
        this.envelope = envelope;
    }

    @Override
    public boolean supportsReturnType(MethodParameter returnType) {
        return AnnotatedElementUtils.hasAnnotation(returnType.getContainingClass(), BoxController.class);
    }

    @Override
    public void handleReturnValue(
            Object value, MethodParameter returnType, ModelAndViewContainer container, NativeWebRequest request)
            throws IOException {
        container.setRequestHandled(true);
        HttpServletResponse response = request.getNativeResponse(HttpServletResponse.class);
        byte[] body = value instanceof PreparedAnswer prepared ? prepared.body() : envelope.success(value);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
