package org.casillero.partner;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.casillero.partner.ApiUserRepository.UserState;
import org.casillero.shared.CasilleroSettings;
import org.casillero.shared.Deployment;
import org.casillero.shared.Secret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo partner 616 and API user 396 with the documentation's sample app key, so that every
 * documented example request works verbatim. On unless {@code casillero.demo-data=false} on the
 * embedded database, elsewhere only with {@code casillero.demo-data=true}; and only in a server
 * (never in an operator command, which has no web server), which then answers on loopback only
 * ({@link DemoDataBinding}). A server with the demo data on creates the user, or enables it again;
 * one with it off disables it: each change is in the API user's audit trail and the log. Done before
 * the server takes requests. An API user 396 whose key is not the sample key is an operator's own:
 * it is never touched.
 */
@Component
class DemoData implements SmartInitializingSingleton {
    static final int COPA_ID = 616;
    static final int USER_CODE = 396;
    /** The hash of the documentation's sample app key: public, so never a credential outside the demo. */
    static final String APP_KEY_HASH = AppKeys.hash(new Secret("1656d700707ad9a77f737e5df3db088a"));

    private static final String ACTOR = "demo data";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final ApiUserRepository users;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean enabled;
    private final boolean server;

    DemoData(
            ApiUserRepository users,
            TransactionTemplate transaction,
            Clock clock,
            CasilleroSettings settings,
            Deployment deployment,
            ApplicationContext context) {
        this.users = users;
        this.transaction = transaction;
        this.clock = clock;
        this.enabled = deployment.demoData(settings);
        this.server = context instanceof WebServerApplicationContext;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!server) {
            return;
        }
        if (enabled) {
            transaction.executeWithoutResult(status -> turnOn(clock.instant()));
            return;
        }
        try {
            transaction.executeWithoutResult(status -> turnOff(clock.instant()));
        } catch (DataAccessException | TransactionException unreachable) {
            // A server starts without its database (it answers 503 until it is back); it refuses the
            // demo key meanwhile whatever the database holds (ApiClients).
            log.warn(
                    "Could not check whether the demo API user {} is disabled (the database is unreachable: {});"
                            + " this server refuses its key anyway",
                    USER_CODE,
                    unreachable.getClass().getSimpleName());
        }
    }

    private void turnOn(Instant now) {
        users.createPartnerIfAbsent(COPA_ID, "Demo partner", now);
        if (users.createApiUserIfAbsent(USER_CODE, APP_KEY_HASH, now)) {
            users.grantIfAbsent(USER_CODE, COPA_ID);
            users.audit(USER_CODE, now, ACTOR, "CREATED", "the documentation's sample app key");
            log.warn(
                    "Created the demo API user {} for partner {} with the public sample app key;"
                            + " set casillero.demo-data=false on a server that others can reach.",
                    USER_CODE,
                    COPA_ID);
            return;
        }
        Optional<UserState> user = demoUser();
        if (user.isEmpty()) {
            log.warn(
                    "API user {} has an app key of its own, not the public sample key: the demo data leaves it"
                            + " alone, and the documented examples will not work with it.",
                    USER_CODE);
            return;
        }
        users.grantIfAbsent(USER_CODE, COPA_ID);
        if (!user.get().enabled() && users.setEnabled(USER_CODE, true)) {
            users.audit(USER_CODE, now, ACTOR, "ENABLED", "casillero.demo-data is on");
            log.warn("Enabled the demo API user {} (the public sample app key): casillero.demo-data is on", USER_CODE);
        }
    }

    private void turnOff(Instant now) {
        Optional<UserState> user = demoUser();
        if (user.isPresent() && user.get().enabled() && users.setEnabled(USER_CODE, false)) {
            users.audit(USER_CODE, now, ACTOR, "DISABLED", "casillero.demo-data is off");
            log.warn(
                    "Disabled the demo API user {} (the public sample app key): casillero.demo-data is off", USER_CODE);
        }
    }

    /** User 396, locked until the transaction ends, if its key is the sample key. */
    private Optional<UserState> demoUser() {
        return users.lockState(USER_CODE).filter(state -> state.appKeyHash().equals(APP_KEY_HASH));
    }
}
