@NullMarked
package org.casillero.customer.web;

import org.jspecify.annotations.NullMarked;
