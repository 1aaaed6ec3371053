package org.casillero.shipment;

import org.casillero.shared.BoxException;

/** The package was received as a shipment already (another scan named its box): it cannot be assigned again. */
public final class PackageAlreadyReceived extends BoxException {
    PackageAlreadyReceived(long trckNmrFol) {
        super("The package was received already, as shipment " + trckNmrFol + ".", "packageId");
    }
}
