package org.casillero.shared;

/**
 * Facts about where this instance runs that several modules decide on.
 *
 * @param embeddedDatabase whether the database is the embedded H2 one (the zero-configuration default)
 */
public record Deployment(boolean embeddedDatabase) {}
