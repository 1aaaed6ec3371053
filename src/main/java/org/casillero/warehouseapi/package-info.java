/**
 * The warehouse's REST API, version 1, and its OpenAPI document: what staff and scanners send, read
 * as {@code warehouse}'s staff member whose token the request bears, turned into {@code shipment}'s use
 * cases, and answered in camelCase JSON (not the Box API's wire format: {@code shared.web} serves that).
 * One controller per resource (packages, unidentified packages, shipments, their invoices,
 * consolidation requests); request and answer records in their own files. A shipment's charges are
 * {@code rating}'s value ({@code Tariff.Charges}), read off the shipment.
 */
@ApplicationModule(allowedDependencies = {"shared", "warehouse", "shipment", "rating"})
@NullMarked
package org.casillero.warehouseapi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
