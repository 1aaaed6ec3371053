package org.casillero.partner;

import org.casillero.shared.BoxException;

/**
 * No partner the API user acts for lists the site sent. Real clients then fall back to the partner
 * they were configured with.
 */
final class SiteNotListed extends BoxException {
    SiteNotListed() {
        super("No partner is listed for the copa_url sent.", "copaUrl");
    }
}
