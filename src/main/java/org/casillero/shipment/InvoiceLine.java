package org.casillero.shipment;

import java.math.BigDecimal;

/** A line of the invoice a customer types for a shipment: how many, what, the unit price, a reference. */
public record InvoiceLine(int quantity, String description, BigDecimal priceValue, String referenceCode) {
    public BigDecimal total() {
        return priceValue.multiply(BigDecimal.valueOf(quantity));
    }
}
