@NullMarked
package org.casillero.shared.web;

import org.jspecify.annotations.NullMarked;
