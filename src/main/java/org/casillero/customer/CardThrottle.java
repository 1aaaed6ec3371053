package org.casillero.customer;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.casillero.customer.LoginThrottle.Counter;
import org.casillero.shared.CasilleroSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cards refused (card testing: trying stolen numbers until one works), counted in the database beside
 * the login counters, per box, per API user and per client address (README, "Card payments"). Each
 * attempt reserves a refusal on all three before any check or gateway sees its card, atomically under
 * the counters' row locks, and gives it back only when the gateway accepted the card (or could not
 * be asked): a parallel burst gets no more gateway checks than the limit, and an accepted card
 * forgives none of the refusals before it. At a limit, the box (or every box through that API user,
 * or from that address) takes no card for the lockout.
 */
@Component
class CardThrottle {
    private static final Logger log = LoggerFactory.getLogger(CardThrottle.class);

    private final ThrottleRepository counters;
    private final ThrottleSweep sweep;
    private final CasilleroSettings.Cards limits;
    private final Duration window;
    private final Clock clock;
    private final MeterRegistry meters;

    CardThrottle(
            ThrottleRepository counters,
            ThrottleSweep sweep,
            CasilleroSettings settings,
            Clock clock,
            MeterRegistry meters) {
        this.counters = counters;
        this.sweep = sweep;
        this.limits = settings.cards();
        this.window = settings.login().window();
        this.clock = clock;
        this.meters = meters;
    }

    /** One counter: its key, what the metric calls its kind, what the log calls it, and its limit. */
    record Source(String key, String kind, String label, int limit) {}

    /** The three counters of one attempt, always locked in this order (no two attempts deadlock). */
    record Keys(Source box, Source apiUser, Source client) {
        List<Source> all() {
            return List.of(box, apiUser, client);
        }
    }

    /** The failures each counter reached with this attempt's reservation. */
    record Reservation(Keys keys, List<Integer> reached) {}

    Keys keys(CustomerSession session, String clientAddress) {
        String client = LoginThrottle.Keys.client(clientAddress);
        return new Keys(
                new Source("card:" + session.custId(), "box", "box " + session.boxId(), limits.refusalsBeforeLock()),
                new Source(
                        "card-api-user:" + session.userCode(),
                        "api-user",
                        "api-user:" + session.userCode(),
                        limits.refusalsPerApiUser()),
                new Source(
                        "card-client:" + client,
                        "client-address",
                        "client:" + client,
                        limits.refusalsPerClientAddress()));
    }

    /**
     * Counts this attempt as a refusal now, on all three counters; refused, counting nothing, while
     * any of them is locked.
     */
    @Transactional
    public Reservation reserve(Keys keys) {
        Instant now = clock.instant();
        List<Counter> current = keys.all().stream()
                .map(source -> counters.lock(source.key(), now))
                .toList();
        refuseWhileLocked(current.getFirst(), now, TooManyCardAttempts::forBox);
        refuseWhileLocked(current.get(1), now, TooManyCardAttempts::lately);
        refuseWhileLocked(current.get(2), now, TooManyCardAttempts::lately);
        List<Integer> reached = new ArrayList<>();
        for (int i = 0; i < current.size(); i++) {
            Source source = keys.all().get(i);
            Counter counted = current.get(i).withFailure(now, window, source.limit(), limits.lockout());
            counters.save(source.key(), counted);
            reached.add(counted.failures());
        }
        return new Reservation(keys, List.copyOf(reached));
    }

    /**
     * The card was refused: its reservation stays counted (and this server forgets counters that no
     * longer matter, when it is its turn). The attempt that brought a counter to its
     * limit reports it: a warning for an API user or a client address (many boxes: a carder), a
     * plain line for one box; the metric {@code casillero.cards.testing.locks} counts each.
     */
    void refused(Reservation reservation) {
        try {
            sweep.sweep(clock.instant());
        } catch (DataAccessException housekeeping) {
            // Another server's sweep of the same rows: it forgets them instead.
            log.debug(
                    "Sweeping the card counters failed: {}",
                    housekeeping.getClass().getSimpleName());
        }
        for (int i = 0; i < reservation.reached().size(); i++) {
            Source source = reservation.keys().all().get(i);
            if (reservation.reached().get(i) != source.limit()) {
                continue;
            }
            meters.counter("casillero.cards.testing.locks", "source", source.kind())
                    .increment();
            String text = "Possible card testing: {} cards refused from {} within {}; no card taken from it for {}";
            if (source.kind().equals("box")) {
                log.info(text, source.limit(), source.label(), window, limits.lockout());
            } else {
                log.warn(text, source.limit(), source.label(), window, limits.lockout());
            }
        }
    }

    /**
     * Gives back a reservation whose card was accepted, or could not be checked (the gateway failed):
     * one failure less on each counter, and no lock that only it had set.
     */
    @Transactional
    public void giveBack(Reservation reservation) {
        Instant now = clock.instant();
        for (Source source : reservation.keys().all()) {
            Counter counter = counters.lock(source.key(), now);
            if (counter.failures() == 0) {
                continue;
            }
            counters.save(source.key(), counter.withoutFailure(source.limit()));
        }
    }

    private static void refuseWhileLocked(Counter counter, Instant now, LongFunction<TooManyCardAttempts> refusal) {
        if (counter.lockedAt(now)) {
            throw refusal.apply(counter.minutesLeft(now));
        }
    }
}
