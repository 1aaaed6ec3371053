package org.casillero.warehouse;

import java.time.Clock;
import java.util.List;
import org.casillero.shared.InvalidField;
import org.casillero.shared.Secret;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an operator does with staff: a member bound to one warehouse gets a token, shown once and kept
 * only as a hash; a member can be disabled (every request refused) and its token replaced. Failures
 * name the field at fault by its neutral path, which the command line tells as its option.
 */
@Service
public class StaffAdministration {
    private final StaffRepository staff;
    private final WarehouseRepository warehouses;
    private final Clock clock;

    StaffAdministration(StaffRepository staff, WarehouseRepository warehouses, Clock clock) {
        this.staff = staff;
        this.warehouses = warehouses;
        this.clock = clock;
    }

    /** A new staff member with its token. */
    public record NewStaff(String name, String warehouseCode, Secret token) {}

    @Transactional
    public NewStaff create(String name, String warehouseCode) {
        String trimmed = name.strip();
        if (!trimmed.matches("[\\p{L}\\p{N}._ -]{1,100}")) {
            throw new InvalidField("name", "must have 1 to 100 letters, digits, spaces, dots, dashes or underscores");
        }
        if (warehouses.find(warehouseCode).isEmpty()) {
            throw new InvalidField("warehouseCode", warehouseCode + " is not a warehouse");
        }
        Secret token = StaffTokens.newToken();
        if (!staff.insert(trimmed, warehouseCode, StaffTokens.hash(token), clock.instant())) {
            throw new InvalidField("name", trimmed + " is already a staff member");
        }
        return new NewStaff(trimmed, warehouseCode, token);
    }

    @Transactional(readOnly = true)
    public List<StaffMember> staff() {
        return staff.all();
    }

    @Transactional
    public void setEnabled(String name, boolean enabled) {
        if (!staff.setEnabled(name, enabled)) {
            throw new InvalidField("name", name + " is not a staff member");
        }
    }

    /** A new token; the old one stops working at once. */
    @Transactional
    public Secret rotateToken(String name) {
        Secret token = StaffTokens.newToken();
        if (!staff.setTokenHash(name, StaffTokens.hash(token))) {
            throw new InvalidField("name", name + " is not a staff member");
        }
        return token;
    }
}
