package org.casillero.shipment;

import org.casillero.shared.BoxException;
import org.casillero.shipment.ConsolidationRequest.Status;
import org.jspecify.annotations.Nullable;

/** Staff decided the consolidation request already: a decision is never changed. */
public final class ConsolidationRequestDecided extends BoxException {
    ConsolidationRequestDecided(long requestId, Status status, @Nullable Long consolidatedInto) {
        super(
                status == Status.CONSOLIDATED
                        ? "Consolidation request " + requestId + " was consolidated already, into shipment "
                                + consolidatedInto + "."
                        : "Consolidation request " + requestId + " was refused already.",
                "requestId");
    }
}
