package org.casillero.shared.web;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * A client that sends {@code Expect: 100-continue} is told to go on only when the body is read:
 * one whose body is refused before that (too large, say) gets its answer at once and never sends
 * the body (Tomcat would otherwise invite every body in before the request is even looked at).
 */
@Component
final class ContinueOnRead implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> connector.setProperty("continueResponseTiming", "onRead"));
    }
}
