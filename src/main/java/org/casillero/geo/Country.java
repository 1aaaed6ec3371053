package org.casillero.geo;

/** A country: its code (as partners store it), ISO 3166-1 alpha-2 code, English name and calling code ("52"). */
public record Country(int code, String isoCode, String name, String phoneCode) {}
