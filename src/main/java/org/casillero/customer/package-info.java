@ApplicationModule(allowedDependencies = {"shared", "partner", "geo", "payment"})
@NullMarked
package org.casillero.customer;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
