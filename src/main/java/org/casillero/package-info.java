@NullMarked
package org.casillero;

import org.jspecify.annotations.NullMarked;
