package org.casillero.customer;

public enum Gender {
    M,
    F
}
