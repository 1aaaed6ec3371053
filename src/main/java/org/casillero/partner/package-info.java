@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package org.casillero.partner;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
