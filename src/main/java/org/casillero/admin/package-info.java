/**
 * The operator's command line: {@code java -jar casillero.jar [settings] admin <command>}. It runs
 * the same program without its web server, on the same database, and works through the other
 * modules' use cases only.
 */
@ApplicationModule(allowedDependencies = {"shared", "customer", "geo", "partner", "payment", "rating", "warehouse"})
@NullMarked
package org.casillero.admin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
