package org.casillero.warehouse;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.casillero.shared.InvalidField;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What an operator sets up of warehouses: creates them and lists them. Failures name the field at fault by its neutral path, which the command line tells as its option. */
@Service
public class WarehouseAdministration {
    private final WarehouseRepository warehouses;
    private final Clock clock;

    WarehouseAdministration(WarehouseRepository warehouses, Clock clock) {
        this.warehouses = warehouses;
        this.clock = clock;
    }

    @Transactional
    public Warehouse create(Warehouse warehouse) {
        if (!warehouse.code().matches("[A-Z0-9]{2,10}")) {
            throw new InvalidField("code", "must be 2 to 10 capital letters or digits");
        }
        if (!warehouse.iataCode().matches("[A-Z]{3}")) {
            throw new InvalidField("iataCode", "must be an airport's three-letter IATA code");
        }
        requireText("name", warehouse.name(), 100);
        requireText("companyAddress", warehouse.companyAddress(), 200);
        requireText("usAddress", warehouse.usAddress(), 20);
        if (!warehouses.insertIfAbsent(warehouse, clock.instant())) {
            throw new InvalidField("code", warehouse.code() + " is already a warehouse");
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

    private static void requireText(String field, String value, int max) {
        if (value.isBlank() || value.length() > max) {
            throw new InvalidField(field, "must have 1 to " + max + " characters");
        }
    }
}
