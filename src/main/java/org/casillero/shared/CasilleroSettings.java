package org.casillero.shared;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

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
 * @param hashing the pool that hashes and verifies passwords
 * @param geoRefresh how often each server checks for geographic data imported by an operator
 * @param invoices the limits on customers' invoice files and their download links
 * @param cards the limits on cards refused for one box, one API user and one client address
 * @param passwords what a customer's password must be
 * @param shipments the limit on what one shipment list reads
 * @param bodies the least rate request bodies must arrive at, and the memory those still arriving hold
 * @param events how often and how soon failed domain events are delivered again
 */
@ConfigurationProperties("casillero")
@Validated
public record CasilleroSettings(
        @DefaultValue("America/New_York") ZoneId timeZone,
        @DefaultValue("./data") Path dataDir,
        @Nullable Secret serverSecret,
        @Nullable Boolean demoData,
        @DefaultValue @Valid Login login,
        @DefaultValue @Valid Hashing hashing,
        @DefaultValue("30s") Duration geoRefresh,
        @DefaultValue @Valid Invoices invoices,
        @DefaultValue @Valid Cards cards,
        @DefaultValue @Valid Passwords passwords,
        @DefaultValue @Valid Shipments shipments,
        @DefaultValue @Valid Bodies bodies,
        @DefaultValue @Valid Events events) {

    /**
     * Failed logins, counted within a window per account, per client address and per API user. One
     * account's failures past {@code slowAfter} are answered {@code slowdown} later per failure over
     * it, and at {@code accountLockAfter} that account's logins are refused for {@code lockout}.
     * Failures from one client address or one API user (across accounts: credential stuffing) alert
     * the operator at {@code stuffingAlertAfter} and each doubling of it, and slow further failures
     * one {@code slowdown} per alert level; they never refuse anyone. No delay exceeds five
     * {@code slowdown}s.
     */
    public record Login(
            @DefaultValue("3") @PositiveOrZero int slowAfter,
            @DefaultValue("5") @Positive int accountLockAfter,
            @DefaultValue("50") @Positive int stuffingAlertAfter,
            @DefaultValue("15m") Duration window,
            @DefaultValue("15m") Duration lockout,
            @DefaultValue("500ms") Duration slowdown) {}

    /**
     * The password-hashing pool: {@code threads} platform threads (0: one per core), at most {@code queue} hashes waiting, and at most {@code maxWait} for one; past either,
     * the answer is "busy, try again". One API user has at most {@code perApiUser} hashes in the pool
     * (running or waiting; 0: half of the threads and queue together), so that one partner's flood
     * leaves the others theirs; past it, the same answer.
     */
    public record Hashing(
            @DefaultValue("0") @PositiveOrZero int threads,
            @DefaultValue("1000") @Positive int queue,
            @DefaultValue("60s") Duration maxWait,
            @DefaultValue("0") @PositiveOrZero int perApiUser) {
        public Hashing {
            if (perApiUser > queue + poolThreads(threads)) {
                throw new IllegalArgumentException(
                        "casillero.hashing.per-api-user must not exceed casillero.hashing.threads plus casillero.hashing.queue");
            }
        }

        /**
         * The threads of the pool: as set, or one per core. One per core: a registration storm then
         * reaches about 90 % of the raw hash rate, and other answers still come first (the hashing
         * threads' priority is lower; README Performance). Fewer keep cores out of hashing's reach at
         * the cost of that rate.
         */
        public int poolThreads() {
            return poolThreads(threads);
        }

        /** The hashes one API user may have in the pool at once: as set, or half the pool (at least one). */
        public int apiUserShare() {
            return perApiUser > 0 ? perApiUser : Math.max(1, (queue + poolThreads()) / 2);
        }

        private static int poolThreads(int threads) {
            return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        }
    }

    /**
     * Customers' invoice files: at most {@code maxFileSize} each and {@code filesPerShipment} per
     * shipment; at most {@code concurrentUploads} bodies read at once, {@code uploadsPerApiUser} of
     * them for one API user (the others wait up to {@code uploadWait}, then are answered "busy");
     * download links valid for {@code linkValidity}, starting with {@code publicUrl} (the address
     * clients reach this server at; unset: the address the request came to). At most {@code
     * concurrentDownloads} files are sent at once, and {@code downloadsPerClient} to one client address
     * (past either, "busy"); a download must be done within {@code downloadGrace} plus its size at
     * {@code downloadMinRate} a second, or its connection is dropped.
     */
    public record Invoices(
            @DefaultValue("5MB") DataSize maxFileSize,
            @DefaultValue("10") @Positive int filesPerShipment,
            @DefaultValue("8") @Positive int concurrentUploads,
            @DefaultValue("4") @Positive int uploadsPerApiUser,
            @DefaultValue("10s") Duration uploadWait,
            @DefaultValue("24h") Duration linkValidity,
            @Nullable URI publicUrl,
            @DefaultValue("16") @Positive int concurrentDownloads,
            @DefaultValue("4") @Positive int downloadsPerClient,
            @DefaultValue("16KB") DataSize downloadMinRate,
            @DefaultValue("10s") Duration downloadGrace) {
        public Invoices {
            if (downloadMinRate.toBytes() <= 0) {
                throw new IllegalArgumentException("casillero.invoices.download-min-rate must be positive");
            }
            if (downloadGrace.isNegative()) {
                throw new IllegalArgumentException("casillero.invoices.download-grace must not be negative");
            }
            if (uploadsPerApiUser > concurrentUploads) {
                throw new IllegalArgumentException(
                        "casillero.invoices.uploads-per-api-user must not exceed casillero.invoices.concurrent-uploads");
            }
        }
    }

    /**
     * Card testing: a box whose cards were refused (a failed check or the gateway's decline) {@code
     * refusalsBeforeLock} times within the login window takes no card for {@code lockout}; so does
     * every box, through an API user that had {@code refusalsPerApiUser} cards refused, or from a
     * client address that had {@code refusalsPerClientAddress} (many fresh boxes, one carder).
     */
    public record Cards(
            @DefaultValue("5") @Positive int refusalsBeforeLock,
            @DefaultValue("1h") Duration lockout,
            @DefaultValue("100") @Positive int refusalsPerApiUser,
            @DefaultValue("100") @Positive int refusalsPerClientAddress) {}

    /**
     * The password policy, wherever a customer's password is set: at least {@code minLength}
     * characters (Unicode code points), and not one of the {@code refuseCommon} most common passwords
     * (0: none refused; at most the list's 30,000), compared in any case.
     */
    public record Passwords(
            @DefaultValue("6") @Positive @Max(128) int minLength,
            @DefaultValue("0") @PositiveOrZero @Max(30_000) int refuseCommon) {}

    /**
     * The shipment lists (customer-get-shipments and -hbc) answer a window of days at most {@code
     * maxWindow} long.
     */
    public record Shipments(@DefaultValue("3y") Period maxWindow) {
        public Shipments {
            if (maxWindow.isNegative() || maxWindow.isZero()) {
                throw new IllegalArgumentException("casillero.shipments.max-window must be positive");
            }
        }
    }

    /**
     * Request bodies as they arrive. Once the server reads one, it must arrive at {@code minRate} a
     * second or faster on average after {@code rateGrace}, and never pause longer than {@code
     * rateGrace}; else it is refused (408) and its connection closed. Bodies not read to their end
     * (the bytes kept of them, and the servlet container's buffers of each) hold at most {@code
     * memory} in all (a quarter more for bodies of clients that held none) and {@code memoryPerClient}
     * for one client address; a body that would need more is refused (503, try again).
     */
    public record Bodies(
            @DefaultValue("240B") DataSize minRate,
            @DefaultValue("5s") Duration rateGrace,
            @DefaultValue("48MB") DataSize memory,
            @DefaultValue("24MB") DataSize memoryPerClient) {}

    /**
     * Domain events whose listener failed, or whose server died before it ran (taken as failed after
     * {@code spring.modulith.events.staleness.*}), are delivered again every {@code redeliveryInterval}
     * once published at least {@code redeliverAfter} ago, at most {@code batch} at a time, by one server
     * at a time.
     */
    public record Events(
            @DefaultValue("30s") Duration redeliveryInterval,
            @DefaultValue("1m") Duration redeliverAfter,
            @DefaultValue("100") @Positive int batch) {
        public Events {
            if (redeliveryInterval.isNegative() || redeliveryInterval.isZero()) {
                throw new IllegalArgumentException("casillero.events.redelivery-interval must be positive");
            }
            if (redeliverAfter.isNegative()) {
                throw new IllegalArgumentException("casillero.events.redeliver-after must not be negative");
            }
        }
    }
}
