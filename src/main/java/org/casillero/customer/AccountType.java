package org.casillero.customer;

import java.util.ArrayList;
import java.util.List;

public record AccountType(long boxId, boolean vip, boolean business) {
    /** The names of the flags whose value differs in {@code other}. */
    List<String> changedFields(AccountType other) {
        List<String> changed = new ArrayList<>();
        if (vip != other.vip) changed.add("customer_is_vip");
        if (business != other.business) changed.add("customer_is_business");
        return changed;
    }
}
