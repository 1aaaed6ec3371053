package org.casillero.customer;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes what happens to customers as domain events, inside the caller's transaction, beside its
 * audit entry: the event is stored with the change and its listeners run after the commit (README,
 * "Domain events"). A change that changed nothing (no field, as the audit trail counts them) tells
 * nothing.
 */
@Component
class CustomerNews {
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CustomerNews(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    void registered(int copaId, long boxId, String email, Language language, boolean active, Actor actor) {
        events.publishEvent(
                new CustomerRegistered(copaId, boxId, email, language, active, clock.instant(), actor.name()));
    }

    void activated(CustomerSession session) {
        events.publishEvent(new BoxActivated(
                session.copaId(),
                session.boxId(),
                clock.instant(),
                session.actor().name()));
    }

    void cardChanged(CustomerSession session) {
        events.publishEvent(new PaymentCardChanged(
                session.copaId(),
                session.boxId(),
                clock.instant(),
                session.actor().name()));
    }

    void emailChanged(CustomerSession session, String email) {
        events.publishEvent(new CustomerEmailChanged(
                session.copaId(),
                session.boxId(),
                email,
                clock.instant(),
                session.actor().name()));
    }

    void passwordChanged(CustomerSession session) {
        events.publishEvent(new CustomerPasswordChanged(
                session.copaId(),
                session.boxId(),
                clock.instant(),
                session.actor().name()));
    }

    void detailsChanged(CustomerSession session, List<String> fields) {
        if (!fields.isEmpty()) {
            events.publishEvent(new CustomerDetailsChanged(
                    session.copaId(),
                    session.boxId(),
                    List.copyOf(fields),
                    clock.instant(),
                    session.actor().name()));
        }
    }

    void consolidationModeChanged(CustomerSession session, boolean consolidating) {
        events.publishEvent(new ConsolidationModeChanged(
                session.copaId(),
                session.boxId(),
                consolidating,
                clock.instant(),
                session.actor().name()));
    }

    void enabledChanged(int copaId, long boxId, boolean enabled, Actor actor) {
        events.publishEvent(
                enabled
                        ? new CustomerEnabled(copaId, boxId, clock.instant(), actor.name())
                        : new CustomerDisabled(copaId, boxId, clock.instant(), actor.name()));
    }

    void keyRotated(int copaId, long boxId, Actor actor) {
        events.publishEvent(new CustomerKeyRotated(copaId, boxId, clock.instant(), actor.name()));
    }
}
