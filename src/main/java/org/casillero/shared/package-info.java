/**
 * What every module shares: the settings, the business exception root, credentials as the wire
 * carries them, and (in {@code web}) everything that makes the Box API's wire format.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.casillero.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
