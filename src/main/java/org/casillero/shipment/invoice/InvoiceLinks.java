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
import org.casillero.shared.PurposeKeys;
import org.casillero.shared.ServerSecret;
import org.springframework.stereotype.Component;

/**
 * Download links of invoice files, signed and expiring: {@code /invoice-files/<id>/<stored name>?
 * expires=<epoch second>&signature=<key version>.<HMAC-SHA256 under the server secret's link key of
 * that version, of the id and the time, base64url>}. A signature without a version (links issued
 * before key versions) is version 0's. Only this server (or one sharing its secret) can make one, and
 * none outlives its time.
 */
@Component
public class InvoiceLinks {
    public static final String PATH = "/invoice-files/";
    private static final String PURPOSE = "invoice-file-link";

    private final PurposeKeys keys;
    private final Clock clock;
    private final CasilleroSettings.Invoices settings;

    InvoiceLinks(ServerSecret secret, Clock clock, CasilleroSettings settings) {
        this.keys = secret.keys(PURPOSE);
        this.clock = clock;
        this.settings = settings.invoices();
    }

    /** The link's path and query (to put after the server's address), valid from now for the set time. */
    public String pathOf(long invoiceId, String storedName) {
        long expires = clock.instant().plus(settings.linkValidity()).getEpochSecond();
        return PATH + invoiceId + "/"
                + URLEncoder.encode(storedName, StandardCharsets.UTF_8).replace("+", "%20") + "?expires=" + expires
                + "&signature=" + keys.current() + "." + signature(keys.current(), invoiceId, expires);
    }

    /** Checks a link's signature, then its time; answers nothing when it may be followed. */
    public void verify(long invoiceId, long expires, String signature) {
        int dot = signature.indexOf('.');
        int version = dot < 0 ? 0 : version(signature.substring(0, dot));
        String signed = signature.substring(dot + 1);
        if (!keys.holds(version)
                || !MessageDigest.isEqual(
                        signature(version, invoiceId, expires).getBytes(StandardCharsets.US_ASCII),
                        signed.getBytes(StandardCharsets.US_ASCII))) {
            throw new InvalidLink(Why.NOT_SIGNED_HERE);
        }
        if (!clock.instant().isBefore(Instant.ofEpochSecond(expires))) {
            throw new InvalidLink(Why.EXPIRED);
        }
    }

    private String signature(int version, long invoiceId, long expires) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(keys.hmac(version, invoiceId + ":" + expires));
    }

    /** A signature's version: a small number, else none held ({@code -1}). */
    private static int version(String text) {
        return text.matches("[0-9]{1,3}") ? Integer.parseInt(text) : -1;
    }
}
