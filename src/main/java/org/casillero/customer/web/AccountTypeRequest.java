package org.casillero.customer.web;

import org.casillero.customer.AccountTypePatch;
import org.jspecify.annotations.Nullable;

/** The body of customer-update-type (seed 000): a flag absent or null keeps its value. */
record AccountTypeRequest(
        @Nullable Boolean customerIsVip, @Nullable Boolean customerIsBusiness) {
    AccountTypePatch toPatch() {
        return new AccountTypePatch(customerIsVip, customerIsBusiness);
    }
}
