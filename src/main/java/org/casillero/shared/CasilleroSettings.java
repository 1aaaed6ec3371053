package org.casillero.shared;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Casillero's own settings ({@code casillero.*}, or environment variables such as
 * {@code CASILLERO_TIME_ZONE}).
 *
 * @param timeZone the zone whose offset the {@code /Date(...)/} values carry and whose midnight a
 *     birth date is
 * @param dataDir where the embedded database and the generated server secret live
 * @param serverSecret the key under which customer keys are derived; generated under {@code dataDir}
 *     on the embedded database, required on any other
 * @param demoData whether to create the demo partner 616 and API user 396; unset means "only on the
 *     embedded database"
 * @param login the limits on failed customer logins
 * @param geoRefresh how often each server checks for geographic data imported by an operator
 */
@ConfigurationProperties("casillero")
public record CasilleroSettings(
        @DefaultValue("America/New_York") ZoneId timeZone,
        @DefaultValue("./data") Path dataDir,
        @Nullable Secret serverSecret,
        @Nullable Boolean demoData,
        @DefaultValue Login login,
        @DefaultValue("30s") Duration geoRefresh) {

    /**
     * Failed logins, counted per account and per client address within a window: past
     * {@code slowAfter} failures each further failure is answered {@code slowdown} later per failure
     * over the limit (at most five times that); at {@code accountLockAfter} (one account) or
     * {@code clientLockAfter} (one client address) failures, logins are refused for {@code lockout}.
     */
    public record Login(
            @DefaultValue("3") int slowAfter,
            @DefaultValue("5") int accountLockAfter,
            @DefaultValue("50") int clientLockAfter,
            @DefaultValue("15m") Duration window,
            @DefaultValue("15m") Duration lockout,
            @DefaultValue("500ms") Duration slowdown) {}
}
