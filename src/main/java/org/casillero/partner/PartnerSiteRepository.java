package org.casillero.partner;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The partner_site rows: each site domain belongs to one partner. */
@Repository
class PartnerSiteRepository {
    private final JdbcClient jdbc;

    PartnerSiteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the domain is listed already (for this partner or another). */
    boolean insertIfAbsent(String domain, int copaId, Instant now) {
        return jdbc.sql("""
                        insert into partner_site (domain, copa_id, added_at)
                        values (:domain, :copaId, :now)
                        on conflict do nothing
                        """)
                        .param("domain", domain)
                        .param("copaId", copaId)
                        .param("now", now.atOffset(ZoneOffset.UTC))
                        .update()
                == 1;
    }

    Optional<PartnerSite> find(String domain) {
        return jdbc.sql("select domain, copa_id, added_at from partner_site where domain = :domain")
                .param("domain", domain)
                .query(PartnerSiteRepository::site)
                .optional();
    }

    boolean delete(String domain) {
        return jdbc.sql("delete from partner_site where domain = :domain")
                        .param("domain", domain)
                        .update()
                == 1;
    }

    /** One partner's sites, or every partner's; by partner, then domain. */
    List<PartnerSite> list(@Nullable Integer copaId) {
        return jdbc.sql("""
                        select domain, copa_id, added_at from partner_site
                         where (:copaId is null or copa_id = :copaId)
                         order by copa_id, domain
                        """)
                .param("copaId", copaId, Types.INTEGER)
                .query(PartnerSiteRepository::site)
                .list();
    }

    private static PartnerSite site(ResultSet rs, int row) throws SQLException {
        return new PartnerSite(
                rs.getString("domain"),
                rs.getInt("copa_id"),
                Objects.requireNonNull(rs.getObject("added_at", OffsetDateTime.class))
                        .toInstant());
    }
}
