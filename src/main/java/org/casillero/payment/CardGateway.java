package org.casillero.payment;

/**
 * The operator's payment provider, as Casillero sees it: verifies a card (an account verification or
 * a zero-amount authorization with the issuer) and, where the provider offers it, tokenizes it so
 * that the card can be charged later without its number. Casillero calls it only with cards that
 * passed its own checks, outside any database transaction, and keeps the token it answers; it never
 * keeps the number or the security code.
 *
 * <p>The built-in implementation contacts nobody: it accepts every card that passed the checks, with
 * no token. To take real payments, provide a Spring bean of this type (it replaces the built-in one).
 * An implementation must never log or put into an exception message the card's number or security
 * code; it wipes the copies it takes ({@link Card#number()}). For a provider that cannot be reached,
 * throw any exception: the customer is asked to try again (HTTP 503), and Casillero logs only the
 * exception's class.
 */
public interface CardGateway {
    GatewayResult verify(Card card);
}
