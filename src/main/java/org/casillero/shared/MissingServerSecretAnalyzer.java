package org.casillero.shared;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing server secret into a short start-up message instead of a stack trace. */
final class MissingServerSecretAnalyzer extends AbstractFailureAnalyzer<MissingServerSecret> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingServerSecret cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Set CASILLERO_SERVER_SECRET (property casillero.server-secret) to a random value of at least"
                        + " 32 characters, for example the output of `openssl rand -base64 32`, and keep it: customer"
                        + " keys are derived from it.",
                cause);
    }
}
