@NullMarked
package org.casillero.partner;

import org.jspecify.annotations.NullMarked;
