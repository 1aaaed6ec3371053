package org.casillero.rating;

import org.casillero.shared.BoxException;

/** A shipment cannot be charged: its partner has no tariff (the operator sets one) and no charges were given. */
public final class NoTariff extends BoxException {
    public NoTariff(int copaId) {
        super("Partner " + copaId + " has no tariff: the operator sets one, or the charges are given.", "charges");
    }
}
