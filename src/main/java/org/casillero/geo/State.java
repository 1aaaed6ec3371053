package org.casillero.geo;

/** A first-level division of a country (state, province, department, region). */
public record State(int code, int countryCode, String name) {}
