package org.casillero.shipment;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a shipment is, each status entered by one tracking event whose code the Box API shows
 * ({@code track_cdg}, {@code shipment_status}). The transitions are a published table (README,
 * "Shipment statuses"): forward only, the transit statuses may be skipped forward (carrier data is
 * patchy), and nothing leaves a terminal status.
 */
public enum ShipmentStatus {
    RECEIVED("REC", "RECEIVED", "RECIBIDO"),
    PROCESSED("PRO", "PROCESSED", "PROCESADO"),
    AWAITING_PAYMENT("CUT", "PROCESSING PAYMENT", "PROCESANDO PAGO"),
    PAID("PAY", "BILLED", "FACTURADO"),
    MANIFESTED("MNF", "MANIFESTED", "MANIFESTADO"),
    DEPARTED("DEP", "DEPARTED FROM ORIGIN", "SALIO DEL ORIGEN"),
    ARRIVED("ATC", "ARRIVED IN COUNTRY", "LLEGO AL PAIS DE DESTINO"),
    IN_CUSTOMS("CUS", "IN CUSTOMS", "EN ADUANA"),
    RELEASED("REL", "RELEASED BY CUSTOMS", "LIBERADO POR ADUANA"),
    OUT_FOR_DELIVERY("OUT", "OUT FOR DELIVERY", "EN RUTA DE ENTREGA"),
    DELIVERY_FAILED("DFL", "DELIVERY ATTEMPT FAILED", "INTENTO DE ENTREGA FALLIDO"),
    DELIVERED("DEL", "DELIVERED", "ENTREGADO"),
    RETURNED("RTS", "RETURNED TO SENDER", "DEVUELTO AL REMITENTE"),
    CANCELLED("CAN", "CANCELLED", "CANCELADO"),
    /** Its pieces went into a new shipment: entered only by consolidating a request, never as an event. */
    CONSOLIDATED("CON", "CONSOLIDATED", "CONSOLIDADO");

    private static final Map<ShipmentStatus, Set<ShipmentStatus>> NEXT = Map.ofEntries(
            Map.entry(RECEIVED, EnumSet.of(PROCESSED, CANCELLED, CONSOLIDATED)),
            Map.entry(PROCESSED, EnumSet.of(AWAITING_PAYMENT, CANCELLED)),
            Map.entry(AWAITING_PAYMENT, EnumSet.of(PAID, CANCELLED)),
            Map.entry(PAID, EnumSet.of(MANIFESTED, CANCELLED)),
            Map.entry(MANIFESTED, EnumSet.of(DEPARTED, ARRIVED, IN_CUSTOMS, RELEASED, OUT_FOR_DELIVERY, DELIVERED)),
            Map.entry(DEPARTED, EnumSet.of(ARRIVED, IN_CUSTOMS, RELEASED, OUT_FOR_DELIVERY, DELIVERED)),
            Map.entry(ARRIVED, EnumSet.of(IN_CUSTOMS, RELEASED, OUT_FOR_DELIVERY, DELIVERED)),
            Map.entry(IN_CUSTOMS, EnumSet.of(RELEASED, OUT_FOR_DELIVERY, DELIVERED, RETURNED)),
            Map.entry(RELEASED, EnumSet.of(OUT_FOR_DELIVERY, DELIVERED)),
            Map.entry(OUT_FOR_DELIVERY, EnumSet.of(DELIVERED, DELIVERY_FAILED)),
            Map.entry(DELIVERY_FAILED, EnumSet.of(OUT_FOR_DELIVERY, RETURNED)),
            Map.entry(DELIVERED, EnumSet.noneOf(ShipmentStatus.class)),
            Map.entry(RETURNED, EnumSet.noneOf(ShipmentStatus.class)),
            Map.entry(CANCELLED, EnumSet.noneOf(ShipmentStatus.class)),
            Map.entry(CONSOLIDATED, EnumSet.noneOf(ShipmentStatus.class)));

    /** Until it is manifested, a shipment's invoice may still change; from then on it is what customs were given. */
    private static final Set<ShipmentStatus> INVOICE_OPEN = EnumSet.of(RECEIVED, PROCESSED, AWAITING_PAYMENT, PAID);

    private final String code;
    private final String english;
    private final String spanish;

    ShipmentStatus(String code, String english, String spanish) {
        this.code = code;
        this.english = english;
        this.spanish = spanish;
    }

    /** The tracking code ({@code track_cdg}) of the event that enters this status. */
    public String code() {
        return code;
    }

    public String english() {
        return english;
    }

    public String spanish() {
        return spanish;
    }

    public boolean mayMoveTo(ShipmentStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Whether the customer may still type, register or upload the shipment's invoice. */
    public boolean takesInvoice() {
        return INVOICE_OPEN.contains(this);
    }

    /** The statuses this one may move to. */
    public Set<ShipmentStatus> next() {
        return Set.copyOf(NEXT.get(this));
    }

    public static Optional<ShipmentStatus> ofCode(String code) {
        return Arrays.stream(values())
                .filter(status -> status.code.equals(code))
                .findFirst();
    }
}
