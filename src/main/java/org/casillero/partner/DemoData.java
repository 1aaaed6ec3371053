package org.casillero.partner;

import java.time.Clock;
import org.casillero.shared.CasilleroSettings;
import org.casillero.shared.Deployment;
import org.casillero.shared.Secret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo partner 616 and API user 396 with the documentation's sample app key, so that every
 * documented example request works verbatim. Created on the embedded database unless
 * {@code casillero.demo-data=false}, elsewhere only with {@code casillero.demo-data=true}; created
 * before the server takes requests, once.
 */
@Component
class DemoData implements SmartInitializingSingleton {
    static final int COPA_ID = 616;
    static final int USER_CODE = 396;
    private static final Secret APP_KEY = new Secret("1656d700707ad9a77f737e5df3db088a");
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final ApiUserRepository users;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean enabled;

    DemoData(
            ApiUserRepository users,
            TransactionTemplate transaction,
            Clock clock,
            CasilleroSettings settings,
            Deployment deployment) {
        this.users = users;
        this.transaction = transaction;
        this.clock = clock;
        Boolean demoData = settings.demoData();
        this.enabled = demoData != null ? demoData : deployment.embeddedDatabase();
    }

    boolean enabled() {
        return enabled;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!enabled) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            var now = clock.instant();
            users.createPartnerIfAbsent(COPA_ID, "Demo partner", now);
            if (users.createApiUserIfAbsent(USER_CODE, AppKeys.hash(APP_KEY), now)) {
                log.warn(
                        "Created the demo API user {} for partner {} with the public sample app key;"
                                + " set casillero.demo-data=false on a server that others can reach.",
                        USER_CODE,
                        COPA_ID);
            }
            users.grantIfAbsent(USER_CODE, COPA_ID);
        });
    }
}
