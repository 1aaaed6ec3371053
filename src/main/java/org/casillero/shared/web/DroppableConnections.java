package org.casillero.shared.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Lets a request's handler drop its connection at once, unsent bytes and all: what a download whose
 * reader is too slow needs, since completing a response whose body was cut short would leave the
 * connection open (and Tomcat still sending what it holds to a reader that does not read). The
 * servlet API has no such call; Tomcat's request has, and a valve hands it to the request as an
 * attribute ({@link #ATTRIBUTE}, a {@link Runnable}).
 */
@Component
final class DroppableConnections implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
    static final String ATTRIBUTE = DroppableConnections.class.getName();

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextValves(new Valve());
    }

    private static final class Valve extends ValveBase {
        Valve() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            request.setAttribute(
                    ATTRIBUTE, (Runnable) () -> request.getCoyoteRequest().action(ActionCode.CLOSE_NOW, null));
            getNext().invoke(request, response);
        }
    }
}
