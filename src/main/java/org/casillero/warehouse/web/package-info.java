@NullMarked
package org.casillero.warehouse.web;

import org.jspecify.annotations.NullMarked;
