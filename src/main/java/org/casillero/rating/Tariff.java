package org.casillero.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a partner's shipments cost: a price per charged pound with a minimum, a discount in percent,
 * and the volumetric divisor (cubic inches per pound; 166 is IATA's) of the charged weight.
 */
public record Tariff(
        int copaId,
        BigDecimal pricePerLb,
        BigDecimal minimumCharge,
        BigDecimal discountPercent,
        int volumetricDivisor) {
    /** The divisor of a partner without a tariff yet. */
    public static final int DEFAULT_DIVISOR = 166;

    /**
     * The charges for this charged weight, in dollars and cents: the price per pound (at least the
     * minimum), plus the product family's surcharge in percent, less the discount.
     */
    public Charges charge(BigDecimal chargedWeight, BigDecimal surchargePercent) {
        BigDecimal base = pricePerLb.multiply(chargedWeight).max(minimumCharge);
        BigDecimal rate = base.add(percent(base, surchargePercent)).setScale(2, RoundingMode.HALF_UP);
        return new Charges(rate, percent(rate, discountPercent).setScale(2, RoundingMode.HALF_UP));
    }

    private static BigDecimal percent(BigDecimal amount, BigDecimal percent) {
        return amount.multiply(percent).divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP);
    }

    /** A shipment's shipping charge and its discount; the total is their difference. */
    public record Charges(BigDecimal rate, BigDecimal discount) {
        public BigDecimal total() {
            return rate.subtract(discount);
        }
    }
}
