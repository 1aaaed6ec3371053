package org.casillero.payment;

/**
 * The built-in gateway, used while the operator has plugged in none: it verifies nothing with any
 * issuer and tokenizes nothing. Every card that passed Casillero's checks is accepted, without a token.
 */
final class ChecksOnlyGateway implements CardGateway {
    @Override
    public GatewayResult verify(Card card) {
        return GatewayResult.approved(null);
    }
}
