package org.casillero.customer;

/** A customer whose box id and key were checked, acted on by an API user allowed to act for its partner. */
public record CustomerSession(long custId, long boxId, int copaId, int userCode) {
    /** The API user acting, as the audit trail names it. */
    public Actor actor() {
        return Actor.apiUser(userCode);
    }
}
