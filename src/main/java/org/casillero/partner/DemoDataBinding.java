package org.casillero.partner;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.casillero.shared.CasilleroSettings;
import org.casillero.shared.Deployment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * A server with the demo data answers anyone who knows the public sample app key, so it answers on
 * the loopback address only: with no address to listen on set ({@code server.address}) it listens on
 * loopback, and says so; with a set address beyond loopback it refuses to start ({@link
 * DemoDataExposed}), before it touches the database.
 */
@Component
class DemoDataBinding implements WebServerFactoryCustomizer<ConfigurableWebServerFactory> {
    private static final Logger log = LoggerFactory.getLogger(DemoDataBinding.class);

    private final boolean demoData;
    private final String address;

    DemoDataBinding(CasilleroSettings settings, Deployment deployment, @Value("${server.address:}") String address) {
        this.demoData = deployment.demoData(settings);
        this.address = address.strip();
    }

    @Override
    public void customize(ConfigurableWebServerFactory factory) {
        if (!demoData) {
            return;
        }
        if (!address.isEmpty()) {
            if (!isLoopback(address)) {
                throw new DemoDataExposed(address);
            }
            return;
        }
        InetAddress loopback = InetAddress.getLoopbackAddress();
        factory.setAddress(loopback);
        log.warn(
                "The demo data (public sample app key) is on: listening on {} only. Set CASILLERO_DEMO_DATA=false"
                        + " on a server that others can reach.",
                loopback.getHostAddress());
    }

    /** An address that cannot be resolved cannot be shown to be loopback: refused as well. */
    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
