/**
 * Shipments: what the warehouse receives for a customer box, its pieces, its tracking events and
 * the status they fold into, its holds and charges; the Box API's shipment reads in {@code web}.
 */
@ApplicationModule(allowedDependencies = {"shared", "customer", "geo", "partner", "rating", "warehouse"})
@NullMarked
package org.casillero.shipment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
