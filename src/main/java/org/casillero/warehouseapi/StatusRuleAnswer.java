package org.casillero.warehouseapi;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.List;
import org.casillero.shipment.ShipmentStatus;

/** A row of the published transition table: a status, its code and names, the statuses it may move to. (Published as StatusRule.) */
@Schema(name = "StatusRule")
record StatusRuleAnswer(String status, String code, String english, String spanish, List<String> next) {
    static StatusRuleAnswer of(ShipmentStatus s) {
        return new StatusRuleAnswer(
                s.name(),
                s.code(),
                s.english(),
                s.spanish(),
                Arrays.stream(ShipmentStatus.values())
                        .filter(s::mayMoveTo)
                        .map(Enum::name)
                        .toList());
    }
}
