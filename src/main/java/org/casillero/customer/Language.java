package org.casillero.customer;

/** The customer's language. */
public enum Language {
    ENG,
    ESP
}
