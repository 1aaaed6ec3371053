package org.casillero.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A destination country's import duties and taxes, as the operator keeps them: nothing is due up to
 * the de-minimis value; above it, duty on the declared value and tax on the value plus the duty.
 */
public record CustomsRule(int countryCode, BigDecimal deMinimis, BigDecimal dutyPercent, BigDecimal taxPercent) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The estimated duties and taxes on goods of this value, in dollars and cents. */
    public BigDecimal customsOn(BigDecimal value) {
        if (value.compareTo(deMinimis) <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal duty = value.multiply(dutyPercent).divide(HUNDRED, 6, RoundingMode.HALF_UP);
        BigDecimal tax = value.add(duty).multiply(taxPercent).divide(HUNDRED, 6, RoundingMode.HALF_UP);
        return duty.add(tax).setScale(2, RoundingMode.HALF_UP);
    }
}
