package org.casillero.rating;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * When a destination country's customs want a commercial invoice: for goods declared above a value,
 * for some product families, or both (either is enough). A package that needs one is held
 * (INVOICE_REQUIRED) from the moment it is received until its customer uploads the invoice or
 * types its lines; a consolidated shipment is judged by all its pieces, and every shipment again
 * against its box's country when it is manifested (both {@code shipment}'s doing).
 *
 * @param valueAbove the declared value (dollars) above which an invoice is needed; null: any value
 *     is fine
 * @param families the product family codes that always need one
 */
public record InvoiceRule(int countryCode, @Nullable BigDecimal valueAbove, Set<String> families) {
    public InvoiceRule {
        families = Set.copyOf(families);
    }

    /**
     * Why goods of this declared value (a package's, or a shipment's pieces' added up) and these
     * product families need an invoice, or nothing when they do not.
     */
    public Optional<String> reasonFor(BigDecimal declaredValue, Collection<String> familyCodes) {
        if (valueAbove != null && declaredValue.compareTo(valueAbove) > 0) {
            return Optional.of(
                    "declared value " + declaredValue.stripTrailingZeros().toPlainString() + " is above "
                            + valueAbove.stripTrailingZeros().toPlainString());
        }
        return familyCodes.stream().filter(families::contains).findFirst().map(family -> "product family " + family);
    }
}
