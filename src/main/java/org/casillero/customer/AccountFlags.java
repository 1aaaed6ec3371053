package org.casillero.customer;

/**
 * The account's state and type: active (the box works), enabled (the customer may use it), VIP and
 * business.
 */
public record AccountFlags(boolean active, boolean enabled, boolean vip, boolean business) {}
