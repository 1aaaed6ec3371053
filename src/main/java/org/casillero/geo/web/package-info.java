@NullMarked
package org.casillero.geo.web;

import org.jspecify.annotations.NullMarked;
