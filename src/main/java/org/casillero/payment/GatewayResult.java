package org.casillero.payment;

import org.jspecify.annotations.Nullable;

/**
 * A {@link CardGateway}'s answer: whether the card is accepted, and the provider's token for it, if
 * the provider tokenizes (at most 200 characters; never the card number).
 */
public record GatewayResult(boolean approved, @Nullable String token) {
    public static GatewayResult approved(@Nullable String token) {
        return new GatewayResult(true, token);
    }

    public static GatewayResult declined() {
        return new GatewayResult(false, null);
    }

    @Override
    public String toString() {
        return "GatewayResult[approved=" + approved + ", token=" + (token == null ? "none" : "[secret]") + "]";
    }
}
