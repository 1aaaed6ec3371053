package org.casillero.warehouseapi;

import org.casillero.shipment.ShipmentStatus;

/** The status a shipment has now, by name and by code. */
record StatusAnswer(long trckNmrFol, String status, String code) {
    static StatusAnswer of(long trckNmrFol, ShipmentStatus status) {
        return new StatusAnswer(trckNmrFol, status.name(), status.code());
    }
}
