package org.casillero.rating.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.casillero.partner.ApiClient;
import org.casillero.rating.Quotes;
import org.casillero.rating.Quotes.Quote;
import org.casillero.shared.web.BoxBody;
import org.casillero.shared.web.BoxController;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The partner site's shipping calculator: product families and a quote (the keys the plugin reads, and the B2B API's others). */
@BoxController
@RequestMapping("/wcf-services/service-shipment.svc/shipment")
class RateController {
    private static final BigDecimal ZERO = BigDecimal.ZERO;

    private final Quotes rates;

    RateController(Quotes rates) {
        this.rates = rates;
    }

    record FamilyItem(String fmprCdg, String fmprName) {}

    /** {@code _family_products} is the key the plugin reads (its leading underscore sorts it before {@code _verify}). */
    record FamiliesAnswer(@JsonProperty("_family_products") List<FamilyItem> familyProducts) {}

    @PostMapping("/search-family-products-copa")
    FamiliesAnswer families(ApiClient client, @BoxBody FamiliesRequest request) {
        String language = request.languageCode() == null ? "ESP" : request.languageCode();
        return new FamiliesAnswer(rates.families(client, Objects.requireNonNull(request.copaId())).stream()
                .map(f -> new FamilyItem(f.code(), f.name(language)))
                .toList());
    }

    /**
     * The quote. The plugin shows {@code rate_vlr_gatewaty} (sic) plus {@code fuel_surcharge} as the
     * shipping cost and {@code total_customs} as the estimated duties and taxes, and ignores
     * {@code ship_discount}: {@code rate_vlr_gatewaty} is the rate after the discount, what the
     * shipment would be charged ({@code ship_subtotal_rate} is before it).
     */
    record RateAnswer(
            BigDecimal additionalDiscount,
            BigDecimal customValue,
            BigDecimal customValueAdditional,
            boolean defaultRateApplied,
            BigDecimal extraValue,
            String fmprCdg,
            BigDecimal fuelSurcharge,
            BigDecimal handlingFee,
            BigDecimal insuranceValue,
            boolean is100preDiscount,
            String promotionCode,
            BigDecimal rateVlrGatewaty,
            BigDecimal shipDiscount,
            BigDecimal shipSubtotalRate,
            BigDecimal shipTotalRate,
            BigDecimal totalCustoms,
            BigDecimal totalShipping,
            BigDecimal totalValue) {

        static RateAnswer of(Quote q) {
            BigDecimal total = q.charges().total();
            return new RateAnswer(
                    ZERO,
                    q.customs(),
                    ZERO,
                    false,
                    ZERO,
                    q.familyCode(),
                    ZERO,
                    ZERO,
                    ZERO,
                    false,
                    "",
                    total,
                    q.charges().discount(),
                    q.charges().rate(),
                    total,
                    q.customs(),
                    total,
                    total.add(q.customs()));
        }
    }

    @PostMapping("/get-shipment-rate")
    RateAnswer rate(ApiClient client, @BoxBody RateRequest request) {
        return RateAnswer.of(rates.quote(client, request.toQuery()));
    }
}
