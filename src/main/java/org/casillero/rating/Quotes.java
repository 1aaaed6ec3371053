package org.casillero.rating;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.casillero.geo.Geography;
import org.casillero.geo.Place;
import org.casillero.partner.ApiClient;
import org.casillero.rating.Tariff.Charges;
import org.casillero.shared.InvalidField;
import org.casillero.shared.Measures.Parcel;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner site's shipping calculator: its product families, and a quote from the same tariff
 * that charges real shipments, with import duties and taxes estimated from the destination
 * country's customs rule.
 */
@Service
public class Quotes {
    private final TariffRepository tariffs;
    private final CatalogRepository catalog;
    private final Geography geography;

    Quotes(TariffRepository tariffs, CatalogRepository catalog, Geography geography) {
        this.tariffs = tariffs;
        this.catalog = catalog;
        this.geography = geography;
    }

    /** What a quote is for: the parcel, its declared value, its destination and product family. */
    public record RateQuery(
            int copaId,
            Parcel parcel,
            BigDecimal declaredValue,
            @Nullable Integer countryCode,
            @Nullable Integer cityCode,
            String familyCode) {}

    /** A quote: the shipping charges, and the estimated duties and taxes. */
    public record Quote(Charges charges, BigDecimal customs, String familyCode) {}

    @Transactional(readOnly = true)
    public List<ProductFamily> families(ApiClient client, int copaId) {
        client.partners(copaId);
        return catalog.families(copaId);
    }

    @Transactional(readOnly = true)
    public Quote quote(ApiClient client, RateQuery query) {
        client.partners(query.copaId());
        Tariff tariff = tariffs.find(query.copaId()).orElseThrow(() -> new NoTariff(query.copaId()));
        BigDecimal surcharge = query.familyCode().isEmpty()
                ? BigDecimal.ZERO
                : catalog.family(query.copaId(), query.familyCode())
                        .map(ProductFamily::surchargePercent)
                        .orElseThrow(() -> new InvalidField("fmpr_cdg", "is not a product family of the partner"));
        Charges charges = tariff.charge(query.parcel().chargedWeight(tariff.volumetricDivisor()), surcharge);
        BigDecimal customs = destination(query)
                .flatMap(catalog::customsRule)
                .map(rule -> rule.customsOn(query.declaredValue()))
                .orElse(BigDecimal.ZERO);
        return new Quote(charges, customs, query.familyCode());
    }

    /** The destination country: the one named, or the city's. */
    private Optional<Integer> destination(RateQuery query) {
        if (query.countryCode() != null && query.countryCode() > 0) {
            if (geography.country(query.countryCode()).isEmpty()) {
                throw new InvalidField("country_code", "is not a known country code");
            }
            return Optional.of(query.countryCode());
        }
        if (query.cityCode() != null && query.cityCode() > 0) {
            return Optional.of(geography
                    .findPlace(query.cityCode())
                    .map(Place::countryCode)
                    .orElseThrow(() -> new InvalidField("city_code", "is not a known city code")));
        }
        return Optional.empty();
    }
}
