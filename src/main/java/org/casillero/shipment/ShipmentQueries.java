package org.casillero.shipment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.casillero.customer.CustomerInfo;
import org.casillero.customer.CustomerProfile;
import org.casillero.customer.CustomerSession;
import org.casillero.shared.CasilleroSettings;
import org.casillero.shared.InvalidField;
import org.casillero.warehouse.Warehouse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads shipments: a customer's own (through the Box API, with its credentials) and a warehouse's
 * (its staff). A shipment of another box, partner or warehouse is answered as an unknown one.
 */
@Service
public class ShipmentQueries {
    private final ShipmentRepository shipments;
    private final ConsolidationRepository consolidations;
    private final CustomerInfo customers;
    private final Clock clock;
    private final ZoneId zone;
    private final Period maxWindow;

    ShipmentQueries(
            ShipmentRepository shipments,
            ConsolidationRepository consolidations,
            CustomerInfo customers,
            Clock clock,
            CasilleroSettings settings) {
        this.shipments = shipments;
        this.consolidations = consolidations;
        this.customers = customers;
        this.clock = clock;
        this.zone = settings.timeZone();
        this.maxWindow = settings.shipments().maxWindow();
    }

    /**
     * A shipment and the customer it is for, as get-shipment-info shows them, with the latest
     * consolidation request that names it or made it (null if none did).
     */
    public record ShipmentInfo(
            Shipment shipment,
            CustomerProfile customer,
            @Nullable ConsolidationRequest consolidation) {}

    /**
     * The customer's shipments received in the window, newest first: from {@code start} to {@code end}
     * (both included, days in the service's time zone); {@code end} defaults to today and
     * {@code start} to three months before {@code end}. A window longer than the set maximum (three
     * years unless set) is refused: one answer never reads a customer's whole history.
     */
    @Transactional(readOnly = true)
    public List<Shipment> forCustomer(CustomerSession session, @Nullable LocalDate start, @Nullable LocalDate end) {
        LocalDate last = end != null ? end : LocalDate.now(clock.withZone(zone));
        LocalDate first = start != null ? start : last.minusMonths(3);
        if (first.isAfter(last)) {
            throw new InvalidField("startDate", "must not be after end_date");
        }
        if (first.isBefore(last.minus(maxWindow))) {
            throw new InvalidField("startDate", "must be at most " + describe(maxWindow) + " before end_date");
        }
        return shipments.forCustomer(
                session.custId(),
                first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** A period as a customer reads it: "3 years", "1 year, 6 months", "90 days". */
    private static String describe(Period period) {
        List<String> parts = new ArrayList<>();
        addPart(parts, period.getYears(), "year");
        addPart(parts, period.getMonths(), "month");
        addPart(parts, period.getDays(), "day");
        return String.join(", ", parts);
    }

    private static void addPart(List<String> parts, int count, String unit) {
        if (count != 0) {
            parts.add(count + " " + unit + (count == 1 ? "" : "s"));
        }
    }

    @Transactional(readOnly = true)
    public ShipmentInfo forCustomer(CustomerSession session, long trckNmrFol) {
        Shipment shipment = shipments
                .find(trckNmrFol)
                .filter(found -> found.custId() == session.custId())
                .orElseThrow(ShipmentNotFound::new);
        return new ShipmentInfo(
                shipment,
                customers.load(session),
                consolidations.latestNaming(trckNmrFol).orElse(null));
    }

    @Transactional(readOnly = true)
    public Shipment inWarehouse(Warehouse warehouse, long trckNmrFol) {
        return shipments
                .find(trckNmrFol)
                .filter(found -> found.warehouse().code().equals(warehouse.code()))
                .orElseThrow(ShipmentNotFound::new);
    }

    /**
     * The warehouse's shipments holding a package delivered under this tracking number (by this
     * courier, if named), newest first.
     */
    @Transactional(readOnly = true)
    public List<Shipment> byInboundTracking(Warehouse warehouse, @Nullable String courierCode, String inboundTracking) {
        return shipments.withPackage(warehouse.code(), courierCode, inboundTracking);
    }

    /** A page of the warehouse's shipments of a box, newest first: {@code limit} after {@code after}. */
    @Transactional(readOnly = true)
    public Page<Shipment> forBox(Warehouse warehouse, long boxId, int limit, Page.@Nullable Position after) {
        return Page.of(
                shipments.forBox(warehouse.code(), boxId, limit + 1, after),
                limit,
                shipment -> new Page.Position(shipment.receivedAt(), shipment.trckNmrFol()));
    }
}
