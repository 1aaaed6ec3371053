package org.casillero.shared;

/**
 * Facts about where this instance runs that several modules decide on.
 *
 * @param embeddedDatabase whether the database is the embedded H2 one (the zero-configuration default)
 */
public record Deployment(boolean embeddedDatabase) {
    /**
     * Whether the demo data (API user 396 with the public sample app key) is on: as set, else only on
     * the embedded database.
     */
    public boolean demoData(CasilleroSettings settings) {
        Boolean demoData = settings.demoData();
        return demoData != null ? demoData : embeddedDatabase;
    }
}
