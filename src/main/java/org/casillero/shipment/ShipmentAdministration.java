package org.casillero.shipment;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.casillero.shared.InvalidField;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an operator sets up for shipments: the warehouses and the partners' tariffs. Failures name
 * the operator's option at fault.
 */
@Service
public class ShipmentAdministration {
    private final WarehouseRepository warehouses;
    private final TariffRepository tariffs;
    private final Clock clock;

    ShipmentAdministration(WarehouseRepository warehouses, TariffRepository tariffs, Clock clock) {
        this.warehouses = warehouses;
        this.tariffs = tariffs;
        this.clock = clock;
    }

    @Transactional
    public Warehouse createWarehouse(Warehouse warehouse) {
        if (!warehouse.code().matches("[A-Z0-9]{2,10}")) {
            throw new InvalidField("--code", "must be 2 to 10 capital letters or digits");
        }
        if (!warehouse.iataCode().matches("[A-Z]{3}")) {
            throw new InvalidField("--iata", "must be an airport's three-letter IATA code");
        }
        requireText("--name", warehouse.name(), 100);
        requireText("--address", warehouse.companyAddress(), 200);
        requireText("--us-address", warehouse.usAddress(), 20);
        if (!warehouses.insertIfAbsent(warehouse, clock.instant())) {
            throw new InvalidField("--code", warehouse.code() + " is already a warehouse");
        }
        return warehouse;
    }

    @Transactional(readOnly = true)
    public List<Warehouse> warehouses() {
        return warehouses.all();
    }

    @Transactional(readOnly = true)
    public Optional<Warehouse> warehouse(String code) {
        return warehouses.find(code);
    }

    @Transactional
    public Tariff setTariff(Tariff tariff) {
        if (tariff.pricePerLb().signum() < 0) {
            throw new InvalidField("--per-lb", "must not be negative");
        }
        if (tariff.minimumCharge().signum() < 0) {
            throw new InvalidField("--minimum", "must not be negative");
        }
        if (tariff.discountPercent().signum() < 0 || tariff.discountPercent().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidField("--discount", "must be a percentage from 0 to 100");
        }
        if (tariff.volumetricDivisor() <= 0) {
            throw new InvalidField("--divisor", "must be positive");
        }
        try {
            tariffs.save(tariff);
        } catch (DataIntegrityViolationException unknownPartner) {
            throw new InvalidField("--partner", tariff.copaId() + " is not a partner");
        }
        return tariff;
    }

    @Transactional(readOnly = true)
    public Optional<Tariff> tariff(int copaId) {
        return tariffs.find(copaId);
    }

    private static void requireText(String option, String value, int max) {
        if (value.isBlank() || value.length() > max) {
            throw new InvalidField(option, "must have 1 to " + max + " characters");
        }
    }
}
