package org.casillero.shipment.invoice;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import org.casillero.shared.CasilleroSettings;
import org.casillero.shared.InvalidLink;
import org.casillero.shared.InvalidLink.Why;
import org.casillero.shared.ServerSecret;
import org.springframework.stereotype.Component;

/**
 * Download links of invoice files, signed and expiring: {@code /invoice-files/<id>/<stored name>?
 * expires=<epoch second>&signature=<HMAC-SHA256 under the server secret of the id and the time,
 * base64url>}. Only this server (or one sharing its secret) can make one, and none outlives its time.
 */
@Component
public class InvoiceLinks {
    public static final String PATH = "/invoice-files/";
    private static final String PURPOSE = "invoice-file-link";

    private final ServerSecret secret;
    private final Clock clock;
    private final CasilleroSettings.Invoices settings;

    InvoiceLinks(ServerSecret secret, Clock clock, CasilleroSettings settings) {
        this.secret = secret;
        this.clock = clock;
        this.settings = settings.invoices();
    }

    /** The link's path and query (to put after the server's address), valid from now for the set time. */
    public String pathOf(long invoiceId, String storedName) {
        long expires = clock.instant().plus(settings.linkValidity()).getEpochSecond();
        return PATH + invoiceId + "/"
                + URLEncoder.encode(storedName, StandardCharsets.UTF_8).replace("+", "%20") + "?expires=" + expires
                + "&signature=" + signature(invoiceId, expires);
    }

    /** Checks a link's signature, then its time; answers nothing when it may be followed. */
    public void verify(long invoiceId, long expires, String signature) {
        byte[] expected = signature(invoiceId, expires).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
            throw new InvalidLink(Why.NOT_SIGNED_HERE);
        }
        if (!clock.instant().isBefore(Instant.ofEpochSecond(expires))) {
            throw new InvalidLink(Why.EXPIRED);
        }
    }

    private String signature(long invoiceId, long expires) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret.hmac(PURPOSE, invoiceId + ":" + expires));
    }
}
