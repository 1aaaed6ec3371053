package org.casillero.shared;

/** The API user's credentials, as sent with every request. */
public record AppCredentials(int userCode, Secret appKey) {}
