@NullMarked
package org.casillero.partner.web;

import org.jspecify.annotations.NullMarked;
