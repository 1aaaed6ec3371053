package org.casillero.customer;

import org.casillero.shared.Secret;

/** The customer's new e-mail (normalized) and the new key that replaces the old one everywhere. */
public record EmailChanged(long boxId, String email, Secret customerKey) {}
