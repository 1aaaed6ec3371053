/**
 * Payment cards: the checks a card must pass, the payment gateway that verifies (and may tokenize) it
 * with the operator's provider, and what is kept of the cards customers attach to their boxes. Never
 * the card number or the security code: the brand, the last four digits, the expiry month, the
 * holder's name, a keyed fingerprint and the gateway's token.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package org.casillero.payment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
