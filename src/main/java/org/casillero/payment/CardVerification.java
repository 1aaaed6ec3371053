package org.casillero.payment;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.casillero.shared.CasilleroSettings;
import org.casillero.shared.PurposeKeys;
import org.casillero.shared.ServerSecret;
import org.casillero.shared.ServiceBusy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Checks a card as typed ({@link CardChecks}), fingerprints it and hands it to the payment gateway:
 * no transaction, since a real gateway is a call over the network. The number and security code are
 * wiped when this returns, whatever happened; what comes out holds neither.
 */
@Service
public class CardVerification {
    private static final Logger log = LoggerFactory.getLogger(CardVerification.class);
    /** Version 0 of the fingerprint keys took this purpose for its name (the "v1" predates key versions). */
    private static final String FINGERPRINT = "casillero card fingerprint v1";

    private final CardGateway gateway;
    private final PurposeKeys fingerprints;
    private final Clock clock;
    private final ZoneId zone;

    CardVerification(
            ObjectProvider<CardGateway> gateways, ServerSecret secret, Clock clock, CasilleroSettings settings) {
        this.gateway = gateways.getIfAvailable(ChecksOnlyGateway::new);
        this.fingerprints = secret.keys(FINGERPRINT);
        this.clock = clock;
        this.zone = settings.timeZone();
        if (gateway instanceof ChecksOnlyGateway) {
            log.warn("No card gateway is plugged in: cards are checked for form only (brand, check digit, length,"
                    + " expiry), never verified with their issuer, and none can be charged (README: Card payments)");
        }
    }

    /** The card as kept; a card that fails a check is an InvalidField, one the gateway refuses {@link CardDeclined}. */
    public VerifiedCard verify(CardEntry entry) {
        try (entry;
                Card card =
                        CardChecks.check(entry, YearMonth.from(clock.instant().atZone(zone)))) {
            List<Fingerprint> fingerprint = fingerprints(card);
            GatewayResult result = ask(card);
            if (!result.approved()) {
                throw new CardDeclined();
            }
            return new VerifiedCard(
                    card.brand(), card.lastFour(), card.expiry(), card.holderName(), fingerprint, result.token());
        }
    }

    private GatewayResult ask(Card card) {
        try {
            return gateway.verify(card);
        } catch (RuntimeException failure) {
            // Only the class: a provider's message might quote what it was sent.
            log.warn(
                    "The card gateway {} failed: {}",
                    gateway.getClass().getName(),
                    failure.getClass().getName());
            throw new ServiceBusy("The card gateway failed");
        }
    }

    /**
     * HMAC-SHA256 of the digits under each version's fingerprint key, in hex, the current first: the
     * same card gives the same fingerprints.
     */
    private List<Fingerprint> fingerprints(Card card) {
        char[] digits = card.number();
        byte[] bytes = new byte[digits.length];
        try {
            for (int i = 0; i < digits.length; i++) {
                bytes[i] = (byte) digits[i];
            }
            return fingerprints.versions().stream()
                    .map(version ->
                            new Fingerprint(version, HexFormat.of().formatHex(fingerprints.hmac(version, bytes))))
                    .toList();
        } finally {
            Arrays.fill(digits, '\0');
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
