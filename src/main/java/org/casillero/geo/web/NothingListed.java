package org.casillero.geo.web;

import org.casillero.shared.BoxException;

/**
 * A real country with no state listed, or a real state with no city. The lookup answers one failed
 * element rather than an empty list, since clients read {@code result[0]._verify} (README, wire rules).
 */
final class NothingListed extends BoxException {
    private NothingListed(String listed, String location) {
        super("No " + listed + " is listed for the " + location + " sent.", location);
    }

    static NothingListed states() {
        return new NothingListed("state", "country_code");
    }

    static NothingListed cities() {
        return new NothingListed("city", "state_code");
    }
}
