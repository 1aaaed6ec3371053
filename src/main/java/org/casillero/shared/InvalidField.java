package org.casillero.shared;

/** A request field breaks a rule: its wire name and what is wrong with it. */
public final class InvalidField extends BoxException {
    public InvalidField(String location, String problem) {
        super(location.isEmpty() ? problem : location + " " + problem, location);
    }
}
