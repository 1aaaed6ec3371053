package org.casillero.rating;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.casillero.geo.Country;
import org.casillero.geo.Geography;
import org.springframework.stereotype.Component;

/**
 * What other modules ask of rating when they charge, weigh or hold a shipment: a partner's tariff
 * and volumetric divisor, its product families' surcharges and names, a destination country's
 * invoice rule. Each answer is one query (the country by its ISO code is {@code geo}'s in-memory
 * lookup), made in the caller's transaction.
 */
@Component
public class RatingRules {
    private final TariffRepository tariffs;
    private final CatalogRepository catalog;
    private final Geography geography;

    RatingRules(TariffRepository tariffs, CatalogRepository catalog, Geography geography) {
        this.tariffs = tariffs;
        this.catalog = catalog;
        this.geography = geography;
    }

    public Optional<Tariff> tariff(int copaId) {
        return tariffs.find(copaId);
    }

    /** The divisor of the partner's tariff, or the default one while it has none. */
    public int volumetricDivisor(int copaId) {
        return tariffs.find(copaId).map(Tariff::volumetricDivisor).orElse(Tariff.DEFAULT_DIVISOR);
    }

    /** The surcharge in percent of the partner's product family; zero for a code it has not named. */
    public BigDecimal surchargePercent(int copaId, String familyCode) {
        return catalog.family(copaId, familyCode)
                .map(ProductFamily::surchargePercent)
                .orElse(BigDecimal.ZERO);
    }

    /** The product families of all these partners, for their names: one query, whatever their number. */
    public List<ProductFamily> families(Collection<Integer> copaIds) {
        return catalog.families(copaIds);
    }

    /** The invoice rule of the country with this ISO code (a box's suite prefix), if it has one. */
    public Optional<InvoiceRule> invoiceRule(String countryIsoCode) {
        return geography.countryByIso(countryIsoCode).map(Country::code).flatMap(catalog::invoiceRule);
    }
}
