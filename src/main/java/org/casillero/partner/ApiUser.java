package org.casillero.partner;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** An API user as an operator sees it: never its app key, which is stored only as a hash. */
public record ApiUser(int userCode, boolean enabled, List<Integer> copaIds, Instant createdAt) {
    public ApiUser {
        copaIds = List.copyOf(copaIds);
    }

    ApiUser withPartner(int copaId) {
        return new ApiUser(
                userCode,
                enabled,
                Stream.concat(copaIds.stream(), Stream.of(copaId)).toList(),
                createdAt);
    }
}
