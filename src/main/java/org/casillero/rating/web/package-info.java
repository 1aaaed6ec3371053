@NullMarked
package org.casillero.rating.web;

import org.jspecify.annotations.NullMarked;
