@NullMarked
package org.casillero.shipment.web;

import org.jspecify.annotations.NullMarked;
