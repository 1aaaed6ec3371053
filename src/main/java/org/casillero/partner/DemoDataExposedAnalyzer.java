package org.casillero.partner;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a server that would expose the demo key into a short start-up message saying what to set. */
final class DemoDataExposedAnalyzer extends AbstractFailureAnalyzer<DemoDataExposed> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DemoDataExposed cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Set CASILLERO_DEMO_DATA=false (property casillero.demo-data) on a server that others can reach"
                        + " (this disables the demo API user 396), or SERVER_ADDRESS=127.0.0.1 to try the demo"
                        + " on this machine only.",
                cause);
    }
}
