package org.casillero.customer;

public record Phone(long phoneId, String areaCode, String number, String extension, int type) {}
