package org.casillero.partner;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.casillero.shared.CredentialVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApiUserRepository {
    private final JdbcClient jdbc;
    private final CredentialVersion version;

    ApiUserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.version = new CredentialVersion(jdbc, CredentialVersion.API_USERS);
    }

    record StoredApiUser(int userCode, String appKeyHash, Set<Integer> copaIds) {}

    /** An enabled API user with the partners it may act for. */
    Optional<StoredApiUser> findEnabled(int userCode) {
        record Row(String appKeyHash, Integer copaId) {}
        List<Row> rows = jdbc.sql("""
                        select u.app_key_hash, p.copa_id
                          from api_user u
                          left join api_user_partner p on p.user_code = u.user_code
                         where u.user_code = :userCode and u.enabled
                        """)
                .param("userCode", userCode)
                .query((rs, n) -> new Row(rs.getString("app_key_hash"), (Integer) rs.getObject("copa_id")))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<Integer> copaIds =
                rows.stream().map(Row::copaId).filter(id -> id != null).collect(Collectors.toUnmodifiableSet());
        return Optional.of(new StoredApiUser(userCode, rows.getFirst().appKeyHash(), copaIds));
    }

    boolean createPartnerIfAbsent(int copaId, String name, Instant now) {
        return jdbc.sql("""
                        insert into partner (copa_id, name, created_at)
                        values (:copaId, :name, :now)
                        on conflict do nothing
                        """)
                        .param("copaId", copaId)
                        .param("name", name)
                        .param("now", utc(now))
                        .update()
                == 1;
    }

    boolean createApiUserIfAbsent(int userCode, String appKeyHash, Instant now) {
        return changedIf(jdbc.sql("""
                        insert into api_user (user_code, app_key_hash, enabled, created_at)
                        values (:userCode, :hash, true, :now)
                        on conflict do nothing
                        """)
                        .param("userCode", userCode)
                        .param("hash", appKeyHash)
                        .param("now", utc(now))
                        .update()
                == 1);
    }

    boolean grantIfAbsent(int userCode, int copaId) {
        return changedIf(jdbc.sql("""
                        insert into api_user_partner (user_code, copa_id)
                        values (:userCode, :copaId)
                        on conflict do nothing
                        """)
                        .param("userCode", userCode)
                        .param("copaId", copaId)
                        .update()
                == 1);
    }

    boolean partnerExists(int copaId) {
        return jdbc.sql("select count(*) from partner where copa_id = :copaId")
                        .param("copaId", copaId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<Partner> partners() {
        return jdbc.sql("select copa_id, name, created_at from partner order by copa_id")
                .query((rs, n) -> new Partner(
                        rs.getInt("copa_id"),
                        rs.getString("name"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    List<ApiUser> apiUsers() {
        record Row(int userCode, boolean enabled, Instant createdAt, Integer copaId) {}
        List<Row> rows = jdbc.sql("""
                        select u.user_code, u.enabled, u.created_at, p.copa_id
                          from api_user u
                          left join api_user_partner p on p.user_code = u.user_code
                         order by u.user_code, p.copa_id
                        """)
                .query((rs, n) -> new Row(
                        rs.getInt("user_code"),
                        rs.getBoolean("enabled"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        (Integer) rs.getObject("copa_id")))
                .list();
        Map<Integer, ApiUser> users = new LinkedHashMap<>();
        for (Row row : rows) {
            ApiUser user = users.computeIfAbsent(
                    row.userCode(), code -> new ApiUser(code, row.enabled(), List.of(), row.createdAt()));
            if (row.copaId() != null) {
                users.put(row.userCode(), user.withPartner(row.copaId()));
            }
        }
        return List.copyOf(users.values());
    }

    /** An API user's key hash and state, whatever the state. */
    record UserState(String appKeyHash, boolean enabled) {}

    /** The API user, its row locked until the transaction ends. */
    Optional<UserState> lockState(int userCode) {
        return jdbc.sql("select app_key_hash, enabled from api_user where user_code = :userCode for update")
                .param("userCode", userCode)
                .query((rs, n) -> new UserState(rs.getString("app_key_hash"), rs.getBoolean("enabled")))
                .optional();
    }

    /** Appends an entry to the API user's audit trail. */
    void audit(int userCode, Instant at, String actor, String action, String detail) {
        int rows = jdbc.sql("""
                        insert into api_user_audit (user_code, occurred_at, actor, action, detail)
                        values (:userCode, :at, :actor, :action, :detail)
                        """)
                .param("userCode", userCode)
                .param("at", utc(at))
                .param("actor", actor)
                .param("action", action)
                .param("detail", detail)
                .update();
        if (rows != 1) {
            throw new IllegalStateException(
                    "Expected to append 1 audit entry for API user " + userCode + ", got " + rows);
        }
    }

    List<ApiUserAuditEntry> auditTrail(int userCode) {
        return jdbc.sql("""
                        select occurred_at, actor, action, detail
                          from api_user_audit where user_code = :userCode order by audit_id
                        """)
                .param("userCode", userCode)
                .query((rs, n) -> new ApiUserAuditEntry(
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("detail")))
                .list();
    }

    /** Locks the API user's row until the transaction ends; false when there is no such user. */
    boolean lockApiUser(int userCode) {
        return jdbc.sql("select user_code from api_user where user_code = :userCode for update")
                .param("userCode", userCode)
                .query(Integer.class)
                .optional()
                .isPresent();
    }

    void updateAppKeyHash(int userCode, String appKeyHash) {
        expectOneRow(jdbc.sql("update api_user set app_key_hash = :hash where user_code = :userCode")
                .param("hash", appKeyHash)
                .param("userCode", userCode)
                .update());
        credentialsChanged();
    }

    /** Whether the state changed: false when the user already was in it. */
    boolean setEnabled(int userCode, boolean enabled) {
        return changedIf(
                jdbc.sql("update api_user set enabled = :enabled where user_code = :userCode and enabled <> :enabled")
                                .param("enabled", enabled)
                                .param("userCode", userCode)
                                .update()
                        == 1);
    }

    private boolean changedIf(boolean changed) {
        if (changed) {
            credentialsChanged();
        }
        return changed;
    }

    /**
     * Marks a change to API users' credentials or partners: every server drops what it keeps of them
     * (this one as soon as the transaction commits, the others at their next check).
     */
    private void credentialsChanged() {
        version.bump();
    }

    /** The API users' credential version. */
    CredentialVersion version() {
        return version;
    }

    private static void expectOneRow(int rows) {
        if (rows != 1) {
            throw new IllegalStateException("Expected to change 1 api_user row, changed " + rows);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
