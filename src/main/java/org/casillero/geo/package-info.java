@NullMarked
package org.casillero.geo;

import org.jspecify.annotations.NullMarked;
