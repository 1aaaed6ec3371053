package org.casillero.payment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The payment_card rows: what is kept of each card attached to a box (never its number). */
@Repository
class CardRepository {
    private final JdbcClient jdbc;

    CardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long custId, VerifiedCard card, Instant attachedAt) {
        KeyHolder inserted = new GeneratedKeyHolder();
        int cardRows = jdbc.sql("""
                        insert into payment_card (cust_id, brand, last_four, expiry_month, holder_name, fingerprint,
                               fingerprint_version, gateway_token, attached_at)
                        values (:custId, :brand, :lastFour, :expiryMonth, :holderName, :fingerprint,
                               :fingerprintVersion, :gatewayToken, :attachedAt)
                        """)
                .param("custId", custId)
                .param("brand", card.brand().name())
                .param("lastFour", card.lastFour())
                .param("expiryMonth", card.expiry().atDay(1))
                .param("holderName", card.holderName())
                .param("fingerprint", card.own().value())
                .param("fingerprintVersion", card.own().version())
                .param("gatewayToken", card.gatewayToken())
                .param("attachedAt", attachedAt.atOffset(ZoneOffset.UTC))
                .update(inserted, "card_id");
        Number key = inserted.getKey();
        if (cardRows != 1 || key == null) {
            throw new IllegalStateException("Expected to insert 1 card for cust_id " + custId + ", got " + cardRows);
        }
        long cardId = key.longValue();
        for (Fingerprint fingerprint : card.fingerprints()) {
            int rows = jdbc.sql("""
                            insert into card_fingerprint (card_id, key_version, fingerprint)
                            values (:cardId, :version, :fingerprint)
                            """)
                    .param("cardId", cardId)
                    .param("version", fingerprint.version())
                    .param("fingerprint", fingerprint.value())
                    .update();
            if (rows != 1) {
                throw new IllegalStateException(
                        "Expected to insert 1 fingerprint for card " + cardId + ", got " + rows);
            }
        }
    }

    /**
     * One query: each card of the box joined to the other boxes whose cards have one of its
     * fingerprints under the same key version.
     */
    List<CardReuse> ofBox(long boxId) {
        record Row(long cardId, StoredCard card, @Nullable Long otherBoxId) {}
        List<Row> rows = jdbc.sql("""
                        select p.card_id, p.brand, p.last_four, p.expiry_month, p.holder_name, p.attached_at,
                               o.box_id as other_box_id
                          from payment_card p
                          join customer c on c.cust_id = p.cust_id
                          left join card_fingerprint f on f.card_id = p.card_id
                          left join card_fingerprint g
                                 on g.fingerprint = f.fingerprint and g.key_version = f.key_version
                                and g.card_id <> f.card_id
                          left join payment_card q on q.card_id = g.card_id and q.cust_id <> p.cust_id
                          left join customer o on o.cust_id = q.cust_id
                         where c.box_id = :boxId
                         order by p.card_id, o.box_id
                        """)
                .param("boxId", boxId)
                .query((rs, n) -> new Row(rs.getLong("card_id"), card(rs, n), rs.getObject("other_box_id", Long.class)))
                .list();
        Map<Long, StoredCard> cards = new LinkedHashMap<>();
        Map<Long, List<Long>> others = new LinkedHashMap<>();
        for (Row row : rows) {
            cards.putIfAbsent(row.cardId(), row.card());
            List<Long> boxes = others.computeIfAbsent(row.cardId(), id -> new ArrayList<>());
            if (row.otherBoxId() != null && !boxes.contains(row.otherBoxId())) {
                boxes.add(row.otherBoxId());
            }
        }
        return cards.entrySet().stream()
                .map(card -> new CardReuse(card.getValue(), others.get(card.getKey())))
                .toList();
    }

    private static StoredCard card(ResultSet rs, int row) throws SQLException {
        return new StoredCard(
                CardBrand.valueOf(rs.getString("brand")),
                rs.getString("last_four"),
                YearMonth.from(Objects.requireNonNull(rs.getObject("expiry_month", LocalDate.class))),
                rs.getString("holder_name"),
                Objects.requireNonNull(rs.getObject("attached_at", OffsetDateTime.class))
                        .toInstant());
    }
}
