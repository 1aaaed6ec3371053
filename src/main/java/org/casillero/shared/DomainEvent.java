package org.casillero.shared;

/**
 * What every domain event is (README, "Domain events"): a record named in the past tense for a
 * change that committed, carrying identifiers and facts, never a secret. A listener of this type
 * hears them all and nothing else (not the framework's own events).
 */
public interface DomainEvent {}
