package org.casillero.partner;

/** Start-up refused: the demo data (a public app key) is on, and the server would answer beyond loopback. */
final class DemoDataExposed extends RuntimeException {
    DemoDataExposed(String address) {
        super("The demo data is on (API user 396 with the public sample app key) and server.address=" + address
                + " is not a loopback address: anyone who can reach it could use the demo key.");
    }
}
