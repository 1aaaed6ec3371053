package org.casillero.geo;

/** A city, in one state. */
public record City(int code, int stateCode, String name) {}
