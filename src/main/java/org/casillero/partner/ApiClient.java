package org.casillero.partner;

import java.util.Set;

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
}
