package org.casillero.shared;

/**
 * The application or customer credentials do not open this request. One answer for every cause
 * (unknown user, wrong app key, unknown box, wrong customer key, another partner's customer), so
 * that nobody can probe which of them exist.
 */
public final class InvalidCredentials extends BoxException {
    public InvalidCredentials() {
        super("The credentials sent are not valid.", "");
    }
}
