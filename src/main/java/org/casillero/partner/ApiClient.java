package org.casillero.partner;

import java.util.Set;
import org.casillero.shared.InvalidField;
import org.jspecify.annotations.Nullable;

/**
 * An authenticated API user: who sent the request and the commercial partners ({@code copa_id}) it
 * may act for.
 */
public record ApiClient(int userCode, Set<Integer> copaIds) {
    public ApiClient {
        copaIds = Set.copyOf(copaIds);
    }

    public boolean mayActFor(int copaId) {
        return copaIds.contains(copaId);
    }

    /** The partner named in a request, or all of this user's partners when none is named. */
    public Set<Integer> partners(@Nullable Integer copaId) {
        if (copaId == null) {
            return copaIds;
        }
        if (!mayActFor(copaId)) {
            throw new InvalidField("copaId", "is not a partner this API user may act for");
        }
        return Set.of(copaId);
    }
}
