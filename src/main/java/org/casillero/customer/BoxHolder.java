package org.casillero.customer;

/**
 * The customer a box belongs to, as the warehouse needs it to receive a package: its partner, the
 * ISO code of its address country (the prefix of its suite number, {@code MX811111}), whether it can
 * take packages (enabled), and its language.
 */
public record BoxHolder(
        long custId, long boxId, int copaId, String countryIsoCode, boolean enabled, Language language) {}
