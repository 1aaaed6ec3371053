package org.casillero.customer;

import org.jspecify.annotations.Nullable;

/** A partial update of the account type: a null flag keeps its stored value. */
public record AccountTypePatch(
        @Nullable Boolean vip, @Nullable Boolean business) {
    AccountType applyTo(AccountType current) {
        return new AccountType(
                current.boxId(), vip != null ? vip : current.vip(), business != null ? business : current.business());
    }
}
