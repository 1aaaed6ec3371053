package org.casillero.shipment;

/**
 * Why a shipment is held: flags beside its status, raised and cleared by staff. Any open hold keeps
 * a shipment from being manifested; a customs hold also keeps it in customs. An open
 * INVOICE_REQUIRED hold is the Box API's {@code invoice_required: 1}.
 */
public enum HoldReason {
    INVOICE_REQUIRED,
    PAYMENT_PENDING,
    CUSTOMS,
    PROHIBITED_ITEM,
    DANGEROUS_GOODS,
    DAMAGED,
    ADDRESS_ISSUE
}
