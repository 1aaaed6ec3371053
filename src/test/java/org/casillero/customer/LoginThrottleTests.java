package org.casillero.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.node.ObjectNode;

/**
 * Failed logins are slowed, then refused for the lockout, per account; failures across accounts from
 * one client address are slowed and reported, and never refuse anyone else.
 */
@Import(MutableClock.class)
@TestPropertySource(
        properties = {
            "casillero.login.slow-after=1",
            "casillero.login.account-lock-after=3",
            "casillero.login.stuffing-alert-after=6",
            "casillero.login.window=15m",
            "casillero.login.lockout=10m",
            "casillero.login.slowdown=200ms"
        })
class LoginThrottleTests extends BoxApiTest {
    private static final String LOGIN = BoxClient.CUSTOMER + "customer-login";
    private static final String LOCKED = "Too many failed login attempts: try again in 10 minutes.";
    private static final String DISABLED = "The customer account is disabled.";

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    CustomerAdministration administration;

    /** Every test starts after the windows and lockouts of the ones before. */
    @BeforeEach
    void forgetEarlierFailures() {
        clock.advance(Duration.ofHours(1));
    }

    /**
     * This clock runs hours ahead of the real one, so its locks (of 127.0.0.1 too) would outlast the
     * test for the other tests of the run, which share the database and the client address.
     */
    @AfterEach
    void forgetThisTestsFailures() {
        jdbc.sql("delete from login_throttle").update();
    }

    @Test
    void slowsRepeatedFailuresThenLocksTheAccountUntilTheLockoutEnds() {
        Customer customer = register();

        long first = failedLoginMillis(customer.email());
        long second = failedLoginMillis(customer.email());
        long third = failedLoginMillis(customer.email());
        BoxClient.Response refused = box.post(LOGIN, AccountLifecycleTests.login(customer.email(), "pass123"));

        assertThat(first).isLessThan(second);
        assertThat(second).isGreaterThanOrEqualTo(200);
        assertThat(third).isGreaterThanOrEqualTo(400);
        assertThat(refused.verified()).isFalse();
        assertThat(refused.errorDescription()).isEqualTo(LOCKED);
        assertThat(jdbc.sql("select count(*) from login_throttle where locked_until is not null")
                        .query(Long.class)
                        .single())
                .isPositive();

        clock.advance(Duration.ofMinutes(11));

        assertThat(box.post(LOGIN, AccountLifecycleTests.login(customer.email(), "pass123"))
                        .verified())
                .isTrue();
    }

    @Test
    void clearsTheAccountsFailuresOnASuccessfulLogin() {
        Customer customer = register();
        failedLoginMillis(customer.email());
        failedLoginMillis(customer.email());
        assertThat(box.post(LOGIN, AccountLifecycleTests.login(customer.email(), "pass123"))
                        .verified())
                .isTrue();

        failedLoginMillis(customer.email());
        failedLoginMillis(customer.email());

        assertThat(box.post(LOGIN, AccountLifecycleTests.login(customer.email(), "pass123"))
                        .verified())
                .isTrue();
    }

    @Test
    void neverRefusesACorrectPasswordBecauseOfFailuresOnOtherAccounts() {
        Customer customer = register();
        double alertsBefore = stuffingAlerts();
        List<Long> millis = new ArrayList<>();
        // Like an attacker typing into a partner's login form: every login comes from the partner's server.
        for (int i = 0; i < 13; i++) {
            millis.add(failedLoginMillis(uniqueEmail()));
        }

        BoxClient.Response login = box.post(LOGIN, AccountLifecycleTests.login(customer.email(), "pass123"));

        assertThat(login.verified()).as(login.text()).isTrue();
        // Reported at 6 and 12 failures, for the client address and for the API user alike.
        assertThat(stuffingAlerts() - alertsBefore).isEqualTo(4);
        // Slowed: no delay before the alert level, one step (200 ms) from it, two from its double.
        assertThat(millis.subList(6, 11)).allSatisfy(ms -> assertThat(ms).isGreaterThanOrEqualTo(200));
        assertThat(millis.get(12)).isGreaterThanOrEqualTo(400);
    }

    @Test
    void countsNoGuessForALoginRefusedBeforeItsPasswordIsChecked() {
        Customer customer = register();
        for (int i = 0; i < 5; i++) {
            ObjectNode body = AccountLifecycleTests.login(customer.email(), "wrong password");
            body.put("copa_id", 999_999);
            assertThat(box.post(LOGIN, body).errorLocation()).isEqualTo("copa_id");
        }

        assertThat(jdbc.sql("select count(*) from login_throttle")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(box.post(LOGIN, AccountLifecycleTests.login(customer.email(), "pass123"))
                        .verified())
                .isTrue();
    }

    @Test
    void keepsOtherAccountsOpenWhileOneIsLocked() {
        Customer locked = register();
        Customer open = register();
        for (int i = 0; i < 3; i++) {
            failedLoginMillis(locked.email());
        }

        assertThat(box.post(LOGIN, AccountLifecycleTests.login(locked.email(), "pass123"))
                        .errorDescription())
                .isEqualTo(LOCKED);
        assertThat(box.post(LOGIN, AccountLifecycleTests.login(open.email(), "pass123"))
                        .verified())
                .isTrue();
    }

    @Test
    void givesAParallelBurstNoMoreGuessesThanTheLimit() throws Exception {
        Customer customer = register();
        List<BoxClient.Response> answers;
        try (ExecutorService pool = Executors.newFixedThreadPool(12)) {
            List<Future<BoxClient.Response>> pending = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                pending.add(pool.submit(
                        () -> box.post(LOGIN, AccountLifecycleTests.login(customer.email(), "wrong password"))));
            }
            answers = new ArrayList<>();
            for (Future<BoxClient.Response> answer : pending) {
                answers.add(answer.get());
            }
        }

        long refusedAsWrong = answers.stream()
                .filter(a -> "The credentials sent are not valid.".equals(a.errorDescription()))
                .count();
        long refusedAsLocked = answers.stream()
                .filter(a -> LOCKED.equals(a.errorDescription()))
                .count();
        assertThat(refusedAsWrong + refusedAsLocked).isEqualTo(12);
        assertThat(refusedAsWrong).isEqualTo(3);
        assertThat(jdbc.sql("select failures from login_throttle where throttle_key like :key")
                        .param("key", "account:%:" + customer.email().toUpperCase(Locale.ROOT))
                        .query(Integer.class)
                        .single())
                .isEqualTo((int) refusedAsWrong);
        assertThat(box.post(LOGIN, AccountLifecycleTests.login(customer.email(), "pass123"))
                        .errorDescription())
                .isEqualTo(LOCKED);
    }

    /**
     * An attacker guessing a disabled account's password: the guesses lock it as they lock an enabled
     * account's, and the right one is a guess like any other (it forgets no failure), so that it can
     * be neither confirmed nor used to go on guessing past the limit.
     */
    @Test
    void locksADisabledAccountsGuessesAsAnEnabledAccountsAndCountsItsRightPasswordAsOne() {
        Customer disabled = register();
        administration.setEnabled(disabled.boxId(), false, Actor.operator("test"));

        failedLoginMillis(disabled.email());
        BoxClient.Response right = box.post(LOGIN, AccountLifecycleTests.login(disabled.email(), "pass123"));
        failedLoginMillis(disabled.email());
        BoxClient.Response afterTheLimit = box.post(LOGIN, AccountLifecycleTests.login(disabled.email(), "pass123"));

        assertThat(right.errorDescription()).isEqualTo(DISABLED);
        assertThat(afterTheLimit.errorDescription())
                .as("the third guess (the right password the second) reached the limit")
                .isEqualTo(LOCKED);
        assertThat(jdbc.sql("select failures from login_throttle where throttle_key like :key")
                        .param("key", "account:%:" + disabled.email().toUpperCase(Locale.ROOT))
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void locksADisabledAccountAfterAsManyWrongGuessesAsAnEnabledOne() {
        Customer disabled = register();
        Customer enabled = register();
        administration.setEnabled(disabled.boxId(), false, Actor.operator("test"));

        for (int i = 0; i < 3; i++) {
            failedLoginMillis(disabled.email());
            failedLoginMillis(enabled.email());
        }

        for (Customer customer : List.of(disabled, enabled)) {
            assertThat(box.post(LOGIN, AccountLifecycleTests.login(customer.email(), "pass123"))
                            .errorDescription())
                    .isEqualTo(LOCKED);
            assertThat(box.post(LOGIN, AccountLifecycleTests.login(customer.email(), "wrong password"))
                            .errorDescription())
                    .isEqualTo(LOCKED);
        }
        clock.advance(Duration.ofMinutes(11));
        assertThat(box.post(LOGIN, AccountLifecycleTests.login(disabled.email(), "pass123"))
                        .errorDescription())
                .isEqualTo(DISABLED);
    }

    private double stuffingAlerts() {
        return meters.find("casillero.login.stuffing.alerts").counters().stream()
                .mapToDouble(Counter::count)
                .sum();
    }

    private long failedLoginMillis(String email) {
        long started = System.nanoTime();
        BoxClient.Response response = box.post(LOGIN, AccountLifecycleTests.login(email, "wrong password"));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(response.errorDescription()).isEqualTo("The credentials sent are not valid.");
        return millis;
    }
}
