@NullMarked
package org.casillero.customer;

import org.jspecify.annotations.NullMarked;
