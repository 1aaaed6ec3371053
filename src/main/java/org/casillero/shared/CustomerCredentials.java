package org.casillero.shared;

/** The customer's credentials, as sent with every customer operation. */
public record CustomerCredentials(long boxId, Secret customerKey) {}
