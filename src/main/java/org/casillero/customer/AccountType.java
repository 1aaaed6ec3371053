package org.casillero.customer;

public record AccountType(long boxId, boolean vip, boolean business) {}
