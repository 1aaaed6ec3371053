package org.casillero.customer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.casillero.shared.CredentialVersion;
import org.casillero.shared.Secret;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The customer rows. */
@Repository
class CustomerRepository {
    private final JdbcClient jdbc;
    private final CredentialVersion keyVersion;

    CustomerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.keyVersion = new CredentialVersion(jdbc, CredentialVersion.CUSTOMER_KEYS);
    }

    /** What checking a customer's credentials needs. */
    record KeyRow(long custId, long boxId, int copaId, KeyNonce keyNonce, boolean enabled) {}

    /** A customer as its partner's administration finds it by e-mail. */
    record AccountRow(
            long custId,
            long boxId,
            KeyNonce keyNonce,
            String passwordHash,
            String firstName,
            String lastName,
            AccountFlags flags,
            Instant enrolledAt,
            @Nullable Instant activatedAt) {

        AccountSummary summary(Secret customerKey, List<Address> addresses) {
            return new AccountSummary(
                    custId, boxId, customerKey, firstName, lastName, flags, enrolledAt, activatedAt, addresses);
        }
    }

    long nextCustId() {
        return jdbc.sql("select nextval('customer_cust_id_seq')")
                .query(Long.class)
                .single();
    }

    long nextBoxId() {
        return jdbc.sql("select nextval('customer_box_id_seq')")
                .query(Long.class)
                .single();
    }

    boolean emailTaken(int copaId, String email) {
        return jdbc.sql("select count(*) from customer where copa_id = :copaId and email = :email")
                        .param("copaId", copaId)
                        .param("email", email)
                        .query(Long.class)
                        .single()
                > 0;
    }

    boolean boxExists(int copaId, long boxId) {
        return jdbc.sql("select count(*) from customer where copa_id = :copaId and box_id = :boxId")
                        .param("copaId", copaId)
                        .param("boxId", boxId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * Inserts an enabled, standard account, active since {@code now} or inactive (no activation date);
     * a taken e-mail is {@link EmailAlreadyRegistered}.
     */
    void insert(
            long custId,
            long boxId,
            KeyNonce keyNonce,
            String email,
            String passwordHash,
            NewCustomer customer,
            boolean active,
            Instant now) {
        try {
            jdbc.sql("""
                            insert into customer (cust_id, box_id, copa_id, key_nonce, key_version, language_code, first_name,
                                   last_name, identity_number, tax_number, birth_date, email, password_hash, gender,
                                   campaign, email_agreement, referred_by, is_active, is_enable, is_vip, is_business,
                                   enrolled_at, activated_at)
                            values (:custId, :boxId, :copaId, :keyNonce, :keyVersion, :language, :firstName,
                                   :lastName, :identityNumber, :taxNumber, :birthDate, :email, :passwordHash, :gender,
                                   :campaign, :emailAgreement, :referredBy, :active, true, false, false,
                                   :now, :activatedAt)
                            """)
                    .param("custId", custId)
                    .param("boxId", boxId)
                    .param("copaId", customer.copaId())
                    .param("keyNonce", keyNonce.nonce())
                    .param("keyVersion", keyNonce.version())
                    .param("language", customer.language().name())
                    .param("firstName", customer.firstName())
                    .param("lastName", customer.lastName())
                    .param("identityNumber", customer.identityNumber())
                    .param("taxNumber", customer.taxNumber())
                    .param("birthDate", customer.birthDate())
                    .param("email", email)
                    .param("passwordHash", passwordHash)
                    .param("gender", customer.gender().name())
                    .param("campaign", customer.campaign())
                    .param("emailAgreement", customer.emailAgreement())
                    .param("referredBy", customer.referredBy())
                    .param("active", active)
                    .param("now", utc(now))
                    .param("activatedAt", active ? utc(now) : null, Types.TIMESTAMP_WITH_TIMEZONE)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new EmailAlreadyRegistered();
        }
    }

    /** Locks the customer row until the transaction ends, and answers its (normalized) e-mail. */
    String lockEmail(long custId) {
        return jdbc.sql("select email from customer where cust_id = :custId for update")
                .param("custId", custId)
                .query(String.class)
                .single();
    }

    /** A new e-mail and key nonce; a taken e-mail is {@link EmailAlreadyRegistered} at {@code customer_new_email}. */
    void updateEmail(long custId, String email, KeyNonce keyNonce) {
        try {
            int rows = jdbc.sql("""
                            update customer set email = :email, key_nonce = :nonce, key_version = :version
                             where cust_id = :custId
                            """)
                    .param("email", email)
                    .param("nonce", keyNonce.nonce())
                    .param("version", keyNonce.version())
                    .param("custId", custId)
                    .update();
            expectOneRow(rows, custId);
        } catch (DuplicateKeyException e) {
            throw new EmailAlreadyRegistered("customerNewEmail");
        }
        keysChanged();
    }

    /** A new key nonce: the customer's key changes, everything else stays. */
    void updateKeyNonce(long custId, KeyNonce keyNonce) {
        int rows = jdbc.sql("update customer set key_nonce = :nonce, key_version = :version where cust_id = :custId")
                .param("nonce", keyNonce.nonce())
                .param("version", keyNonce.version())
                .param("custId", custId)
                .update();
        expectOneRow(rows, custId);
        keysChanged();
    }

    /** Replaces the hash only if it still is {@code current}: answers whether it did. */
    boolean replacePasswordHash(long custId, String current, String passwordHash) {
        return jdbc.sql(
                                "update customer set password_hash = :hash where cust_id = :custId and password_hash = :current")
                        .param("hash", passwordHash)
                        .param("custId", custId)
                        .param("current", current)
                        .update()
                == 1;
    }

    void updatePasswordHash(long custId, String passwordHash) {
        int rows = jdbc.sql("update customer set password_hash = :hash where cust_id = :custId")
                .param("hash", passwordHash)
                .param("custId", custId)
                .update();
        expectOneRow(rows, custId);
    }

    /** What activating a box needs: its key nonce (the answer carries the key) and whether it is active. */
    record ActivationRow(long boxId, KeyNonce keyNonce, boolean active) {}

    /** The customer's activation state, locked until the transaction ends. */
    ActivationRow lockActivation(long custId) {
        return jdbc.sql("""
                        select box_id, key_nonce, key_version, is_active from customer where cust_id = :custId for update
                        """)
                .param("custId", custId)
                .query((rs, n) -> new ActivationRow(rs.getLong("box_id"), keyNonce(rs), rs.getBoolean("is_active")))
                .single();
    }

    /** Makes an inactive box active since {@code now}. */
    void activate(long custId, Instant now) {
        int rows = jdbc.sql("""
                        update customer set is_active = true, activated_at = :now
                         where cust_id = :custId and not is_active
                        """).param("now", utc(now)).param("custId", custId).update();
        expectOneRow(rows, custId);
    }

    /** A box's customer, partner, state and language. */
    record BoxRow(long custId, long boxId, int copaId, boolean enabled, Language language) {}

    Optional<BoxRow> findBox(long boxId) {
        return jdbc.sql("select cust_id, box_id, copa_id, is_enable, language_code from customer where box_id = :boxId")
                .param("boxId", boxId)
                .query((rs, n) -> new BoxRow(
                        rs.getLong("cust_id"),
                        rs.getLong("box_id"),
                        rs.getInt("copa_id"),
                        rs.getBoolean("is_enable"),
                        Language.valueOf(rs.getString("language_code"))))
                .optional();
    }

    /** The box id of a customer: what the Box API calls it ({@code customer_box_id}). */
    Optional<Long> boxIdOf(long custId) {
        return jdbc.sql("select box_id from customer where cust_id = :custId")
                .param("custId", custId)
                .query(Long.class)
                .optional();
    }

    Optional<KeyRow> findKey(long boxId) {
        return jdbc.sql("""
                        select cust_id, box_id, copa_id, key_nonce, key_version, is_enable from customer where box_id = :boxId
                        """)
                .param("boxId", boxId)
                .query((rs, n) -> new KeyRow(
                        rs.getLong("cust_id"),
                        rs.getLong("box_id"),
                        rs.getInt("copa_id"),
                        keyNonce(rs),
                        rs.getBoolean("is_enable")))
                .optional();
    }

    /** The card attached last, as get-info shows it ({@code MASTER ending 4444}). */
    void setPaymentMethod(long custId, String label) {
        int rows = jdbc.sql("update customer set payment_method = :label where cust_id = :custId")
                .param("label", label)
                .param("custId", custId)
                .update();
        if (rows != 1) {
            throw new IllegalStateException("Customer " + custId + " vanished while its card was kept");
        }
    }

    CustomerDetails get(long custId) {
        return jdbc.sql("select * from customer where cust_id = :custId")
                .param("custId", custId)
                .query(CustomerRepository::details)
                .single();
    }

    /** The personal information, locked until the transaction ends. */
    PersonalInfo lockPersonalInfo(long custId) {
        return jdbc.sql("""
                        select cust_id, first_name, last_name, identity_number, tax_number, birth_date, gender
                          from customer where cust_id = :custId for update
                        """)
                .param("custId", custId)
                .query((rs, n) -> new PersonalInfo(
                        rs.getLong("cust_id"),
                        rs.getString("first_name"),
                        rs.getString("last_name"),
                        rs.getString("identity_number"),
                        nullableLong(rs, "tax_number"),
                        rs.getObject("birth_date", LocalDate.class),
                        Gender.valueOf(rs.getString("gender"))))
                .single();
    }

    void update(PersonalInfo info) {
        int rows = jdbc.sql("""
                        update customer
                           set first_name = :firstName, last_name = :lastName, identity_number = :identityNumber,
                               tax_number = :taxNumber, birth_date = :birthDate, gender = :gender
                         where cust_id = :custId
                        """)
                .param("firstName", info.firstName())
                .param("lastName", info.lastName())
                .param("identityNumber", info.identityNumber())
                .param("taxNumber", info.taxNumber())
                .param("birthDate", info.birthDate())
                .param("gender", info.gender().name())
                .param("custId", info.custId())
                .update();
        expectOneRow(rows, info.custId());
    }

    /** The account type, locked until the transaction ends. */
    AccountType lockAccountType(long custId) {
        return jdbc.sql("select box_id, is_vip, is_business from customer where cust_id = :custId for update")
                .param("custId", custId)
                .query((rs, n) ->
                        new AccountType(rs.getLong("box_id"), rs.getBoolean("is_vip"), rs.getBoolean("is_business")))
                .single();
    }

    void update(long custId, AccountType type) {
        int rows = jdbc.sql("update customer set is_vip = :vip, is_business = :business where cust_id = :custId")
                .param("vip", type.vip())
                .param("business", type.business())
                .param("custId", custId)
                .update();
        expectOneRow(rows, custId);
    }

    /** The columns {@link #account} reads, for statements that join the customer row ({@code c}) to others. */
    static final String ACCOUNT_COLUMNS = """
            c.cust_id, c.box_id, c.key_nonce, c.key_version, c.password_hash, c.first_name, c.last_name,
            c.is_active, c.is_enable, c.is_vip, c.is_business, c.enrolled_at, c.activated_at""";

    private static KeyNonce keyNonce(ResultSet rs) throws SQLException {
        return new KeyNonce(rs.getString("key_nonce"), rs.getInt("key_version"));
    }

    static AccountRow account(ResultSet rs) throws SQLException {
        return new AccountRow(
                rs.getLong("cust_id"),
                rs.getLong("box_id"),
                keyNonce(rs),
                rs.getString("password_hash"),
                rs.getString("first_name"),
                rs.getString("last_name"),
                flags(rs),
                Objects.requireNonNull(instant(rs, "enrolled_at")),
                instant(rs, "activated_at"));
    }

    /** The customers with this (normalized) e-mail among these partners, oldest first. */
    List<AccountRow> findAccounts(Set<Integer> copaIds, String email) {
        if (copaIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + ACCOUNT_COLUMNS + """

                          from customer c
                         where c.email = :email and c.copa_id in (:copaIds)
                         order by c.cust_id
                        """)
                .param("email", email)
                .param("copaIds", List.copyOf(copaIds))
                .query((rs, n) -> account(rs))
                .list();
    }

    private static final String OVERVIEW = """
            select box_id, copa_id, email, first_name, last_name, is_active, is_enable, is_vip, is_business, enrolled_at
              from customer
            """;

    Optional<CustomerOverview> findOverview(long boxId) {
        return jdbc.sql(OVERVIEW + " where box_id = :boxId")
                .param("boxId", boxId)
                .query(CustomerRepository::overview)
                .optional();
    }

    /** The customers with this (normalized) e-mail, of one partner or of all, oldest first. */
    List<CustomerOverview> findOverviews(String email, @Nullable Integer copaId) {
        return jdbc.sql(OVERVIEW + " where email = :email and (:copaId is null or copa_id = :copaId) order by cust_id")
                .param("email", email)
                .param("copaId", copaId, Types.INTEGER)
                .query(CustomerRepository::overview)
                .list();
    }

    /** Locks the customer's row until the transaction ends, and answers its cust_id. */
    Optional<Long> lockByBoxId(long boxId) {
        return jdbc.sql("select cust_id from customer where box_id = :boxId for update")
                .param("boxId", boxId)
                .query(Long.class)
                .optional();
    }

    /** Whether the consolidation mode changed: false when the box already was in it. */
    boolean setConsolidating(long custId, boolean consolidating) {
        return jdbc.sql("""
                        update customer set consolidating = :consolidating
                         where cust_id = :custId and consolidating <> :consolidating
                        """)
                        .param("consolidating", consolidating)
                        .param("custId", custId)
                        .update()
                == 1;
    }

    /** Whether the state changed: false when the account already was in it. */
    boolean setEnabled(long custId, boolean enabled) {
        boolean changed =
                jdbc.sql("update customer set is_enable = :enabled where cust_id = :custId and is_enable <> :enabled")
                                .param("enabled", enabled)
                                .param("custId", custId)
                                .update()
                        == 1;
        if (changed) {
            keysChanged();
        }
        return changed;
    }

    /**
     * Marks a change to what opens a customer operation (key, enabled flag): every server drops the
     * keys it keeps (this one when the transaction commits, the others at their next check).
     */
    private void keysChanged() {
        keyVersion.bump();
    }

    /** The customers' key version. */
    CredentialVersion keyVersion() {
        return keyVersion;
    }

    private static CustomerOverview overview(ResultSet rs, int row) throws SQLException {
        return new CustomerOverview(
                rs.getLong("box_id"),
                rs.getInt("copa_id"),
                rs.getString("email"),
                rs.getString("first_name"),
                rs.getString("last_name"),
                flags(rs),
                Objects.requireNonNull(instant(rs, "enrolled_at")));
    }

    static CustomerDetails details(ResultSet rs, int row) throws SQLException {
        return new CustomerDetails(
                rs.getLong("cust_id"),
                rs.getLong("box_id"),
                rs.getString("first_name"),
                rs.getString("last_name"),
                rs.getString("identity_number"),
                nullableLong(rs, "tax_number"),
                rs.getObject("birth_date", LocalDate.class),
                rs.getString("email"),
                Gender.valueOf(rs.getString("gender")),
                rs.getString("campaign"),
                rs.getBoolean("email_agreement"),
                nullableLong(rs, "referred_by"),
                flags(rs),
                rs.getBoolean("consolidating"));
    }

    private static AccountFlags flags(ResultSet rs) throws SQLException {
        return new AccountFlags(
                rs.getBoolean("is_active"),
                rs.getBoolean("is_enable"),
                rs.getBoolean("is_vip"),
                rs.getBoolean("is_business"));
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static void expectOneRow(int rows, long custId) {
        if (rows != 1) {
            throw new IllegalStateException(
                    "Expected to change 1 customer row for cust_id " + custId + ", changed " + rows);
        }
    }
}
