package org.casillero.partner;

import java.net.InetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * A server with the demo data answers anyone who knows the public sample app key: unless an address
 * to listen on is set explicitly ({@code server.address}), it listens on the loopback address only,
 * and says so at start-up.
 */
@Component
class DemoDataBinding implements WebServerFactoryCustomizer<ConfigurableWebServerFactory> {
    private static final Logger log = LoggerFactory.getLogger(DemoDataBinding.class);

    private final DemoData demoData;
    private final String address;

    DemoDataBinding(DemoData demoData, @Value("${server.address:}") String address) {
        this.demoData = demoData;
        this.address = address;
    }

    @Override
    public void customize(ConfigurableWebServerFactory factory) {
        if (!demoData.enabled() || !address.isBlank()) {
            return;
        }
        InetAddress loopback = InetAddress.getLoopbackAddress();
        factory.setAddress(loopback);
        log.warn(
                "The demo data (public sample app key) is on: listening on {} only. Set SERVER_ADDRESS to"
                        + " listen elsewhere, or CASILLERO_DEMO_DATA=false.",
                loopback.getHostAddress());
    }
}
