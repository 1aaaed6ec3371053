package org.casillero.customer;

/**
 * What a customer key is computed from, as kept with the customer: a random nonce and the version of
 * the server secret's keys it was made under ({@link CustomerKeys}).
 */
record KeyNonce(String nonce, int version) {}
