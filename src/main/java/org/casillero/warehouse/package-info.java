/**
 * The warehouse's side: its staff and scanners, authenticated by tokens the operator hands out, and
 * the REST API (in {@code web}) through which they receive packages, process shipments and record
 * tracking events.
 */
@NullMarked
package org.casillero.warehouse;

import org.jspecify.annotations.NullMarked;
