package org.casillero.customer;

import org.casillero.shared.Secret;

/** A new customer's credentials. */
public record Registered(long boxId, Secret customerKey) {}
