package org.casillero.shipment;

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
    static final int DEFAULT_DIVISOR = 166;

    /** The charges for this charged weight, in dollars and cents. */
    public Charges charge(BigDecimal chargedWeight) {
        BigDecimal rate = pricePerLb.multiply(chargedWeight).max(minimumCharge).setScale(2, RoundingMode.HALF_UP);
        BigDecimal discount = rate.multiply(discountPercent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        return new Charges(rate, discount);
    }

    /** A shipment's shipping charge and its discount; the total is their difference. */
    public record Charges(BigDecimal rate, BigDecimal discount) {
        public static final Charges NONE = new Charges(BigDecimal.ZERO, BigDecimal.ZERO);

        public BigDecimal total() {
            return rate.subtract(discount);
        }
    }
}
