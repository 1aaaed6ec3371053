package org.casillero.shipment;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * When a destination country's customs want a commercial invoice: for goods declared above a value,
 * for some product families, or both (either is enough). A package that needs one is held
 * (INVOICE_REQUIRED) from the moment it is received until its customer uploads the invoice or
 * types its lines.
 *
 * @param valueAbove the declared value (dollars) above which an invoice is needed; null: any value
 *     is fine
 * @param families the product family codes that always need one
 */
public record InvoiceRule(int countryCode, @Nullable BigDecimal valueAbove, Set<String> families) {
    public InvoiceRule {
        families = Set.copyOf(families);
    }

    /** Why a package of this value and family needs an invoice, or nothing when it does not. */
    public Optional<String> reasonFor(BigDecimal declaredValue, String familyCode) {
        if (valueAbove != null && declaredValue.compareTo(valueAbove) > 0) {
            return Optional.of(
                    "declared value " + declaredValue.stripTrailingZeros().toPlainString() + " is above "
                            + valueAbove.stripTrailingZeros().toPlainString());
        }
        if (families.contains(familyCode)) {
            return Optional.of("product family " + familyCode);
        }
        return Optional.empty();
    }
}
