package org.casillero.shared.web;

import org.springframework.stereotype.Component;

/** Prepares answers that are worth writing once and sending many times (large reference lists). */
@Component
public final class Answers {
    private final Envelope envelope;

    Answers(Envelope envelope) {
        this.envelope = envelope;
    }

    /** What a handler returning {@code value} would answer, written now. */
    public PreparedAnswer prepare(Object value) {
        return new PreparedAnswer(envelope.success(value));
    }
}
