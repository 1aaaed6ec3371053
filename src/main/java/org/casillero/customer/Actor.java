package org.casillero.customer;

/** Who changes a customer, as the audit trail names it: an API user or an operator. */
public record Actor(String name) {
    public static Actor apiUser(int userCode) {
        return new Actor("api-user " + userCode);
    }

    public static Actor operator(String operator) {
        return new Actor("operator " + operator);
    }
}
