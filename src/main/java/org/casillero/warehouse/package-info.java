/**
 * The warehouses: each one's code, name, address and airport, created by the operator; and their
 * staff and scanners, each bound to one warehouse and authenticated by a token the operator hands
 * out. The REST API through which staff work is {@code warehouseapi}'s.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package org.casillero.warehouse;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
