@ApplicationModule(allowedDependencies = {"shared", "partner"})
@NullMarked
package org.casillero.geo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
