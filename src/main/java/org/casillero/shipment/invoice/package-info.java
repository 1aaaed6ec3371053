/**
 * Invoice files: where their bytes are kept, which bytes are accepted under which name, and the
 * signed links that download them. Used by the shipment module's invoice use case.
 */
@NullMarked
package org.casillero.shipment.invoice;

import org.jspecify.annotations.NullMarked;
