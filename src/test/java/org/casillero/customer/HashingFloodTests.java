package org.casillero.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.MutableClock;
import org.casillero.partner.TestPartners;
import org.casillero.partner.TestPartners.TestPartner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.node.ObjectNode;

/**
 * One partner's back end (or an attacker holding its app key) floods the password hashing pool, here
 * one thread and three places in its queue: each API user has only its share of the pool (half of it
 * by default), one box only one password change at a time, and the busy answers it gets are logged
 * once in a while, not once each.
 */
@ExtendWith(OutputCaptureExtension.class)
@Import(MutableClock.class)
@TestPropertySource(properties = {"casillero.hashing.threads=1", "casillero.hashing.queue=3"})
class HashingFloodTests extends BoxApiTest {
    private static final String LOGIN = BoxClient.CUSTOMER + "customer-login";
    private static final String PASSWORD = BoxClient.CUSTOMER + "customer-update-password";
    private static final int FLOODERS = 16;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    private final List<TestPartner> partners = new ArrayList<>();

    /** Each test's first busy answer is logged, whatever the test before logged. */
    @BeforeEach
    void afterTheLastBusyLine() {
        clock.advance(Duration.ofMinutes(2));
    }

    /** The flood's failed logins would slow the other tests' failures from this address. */
    @AfterEach
    void forgetTheFloodsFailures() {
        for (TestPartner partner : partners) {
            jdbc.sql("delete from login_throttle where throttle_key like :account or throttle_key = :user")
                    .param("account", "account:" + partner.userCode() + ":%")
                    .param("user", "api-user:" + partner.userCode())
                    .update();
        }
        jdbc.sql("delete from login_throttle where throttle_key like 'client:%'")
                .update();
    }

    @Test
    void answersAnotherApiUsersCustomerWhileOneApiUserFloodsTheLogins(CapturedOutput output) throws Exception {
        TestPartner flooder = partner();
        TestPartner other = partner();
        Customer customer = register(other);

        List<BoxClient.Response> othersLogins = new ArrayList<>();
        List<BoxClient.Response> flood = flood(
                () -> box.post(LOGIN, as(flooder, AccountLifecycleTests.login(uniqueEmail(), "wrong password"))),
                () -> {
                    for (int i = 0; i < 5; i++) {
                        othersLogins.add(
                                box.post(LOGIN, as(other, AccountLifecycleTests.login(customer.email(), "pass123"))));
                    }
                });

        assertThat(othersLogins)
                .allSatisfy(
                        login -> assertThat(login.verified()).as(login.text()).isTrue());
        assertThat(flood).extracting(BoxClient.Response::status).contains(503);
        assertThat(flood)
                .allSatisfy(answer -> assertThat(answer.status() == 503
                                || "The credentials sent are not valid.".equals(answer.errorDescription()))
                        .as(answer.text())
                        .isTrue());
        long busy = flood.stream().filter(answer -> answer.status() == 503).count();
        long logged = output.getAll()
                .lines()
                .filter(line -> line.contains("Refused as busy"))
                .count();
        assertThat(logged).as("busy lines logged for %d busy answers", busy).isBetween(1L, 2L);
    }

    @Test
    void answersTheApiUsersOtherCustomersWhileOneBoxFloodsPasswordChanges() throws Exception {
        TestPartner partner = partner();
        Customer flooding = register(partner);
        Customer other = register(partner);

        List<BoxClient.Response> othersLogins = new ArrayList<>();
        List<BoxClient.Response> flood = flood(
                () -> {
                    ObjectNode change = as(partner, flooding.credentials());
                    change.put("customer_email", flooding.email());
                    change.put("customer_new_password", "brand new pässword");
                    return box.post(PASSWORD, change);
                },
                () -> {
                    for (int i = 0; i < 5; i++) {
                        othersLogins.add(
                                box.post(LOGIN, as(partner, AccountLifecycleTests.login(other.email(), "pass123"))));
                    }
                });

        assertThat(othersLogins)
                .allSatisfy(
                        login -> assertThat(login.verified()).as(login.text()).isTrue());
        assertThat(flood).extracting(BoxClient.Response::status).contains(503);
        assertThat(flood)
                .allSatisfy(answer -> assertThat(answer.status() == 503 || answer.verified())
                        .as(answer.text())
                        .isTrue());
    }

    @Test
    void logsTheBusyAnswersItDidNotLogWithTheNextLine(CapturedOutput output) throws Exception {
        TestPartner flooder = partner();
        List<BoxClient.Response> flood = flood(
                () -> box.post(LOGIN, as(flooder, AccountLifecycleTests.login(uniqueEmail(), "wrong password"))),
                () -> {});
        long busy = flood.stream().filter(answer -> answer.status() == 503).count();
        clock.advance(Duration.ofMinutes(2));

        List<BoxClient.Response> again = flood(
                () -> box.post(LOGIN, as(flooder, AccountLifecycleTests.login(uniqueEmail(), "wrong password"))),
                () -> {});

        assertThat(again).extracting(BoxClient.Response::status).contains(503);
        assertThat(output.getAll())
                .containsPattern("Refused as busy: .*; \\d+ more busy answers since [^ ]+ not logged");
        assertThat(busy).isGreaterThan(1);
    }

    private TestPartner partner() {
        TestPartner partner = TestPartners.create(context);
        partners.add(partner);
        return partner;
    }

    private static ObjectNode as(TestPartner partner, ObjectNode body) {
        return body.put("user_code", partner.userCode()).put("app_key", partner.appKey());
    }

    /** A customer of the partner's, registered through its API user. */
    private Customer register(TestPartner partner) {
        return register(as(partner, registration(uniqueEmail())).put("copa_id", partner.copaId()));
    }

    /**
     * Sends {@code attack} from {@link #FLOODERS} clients at once, over and over, until one of them has
     * been answered busy and {@code meanwhile} (run once the pool is full) has returned; answers every
     * answer the attack got.
     */
    private static List<BoxClient.Response> flood(Supplier<BoxClient.Response> attack, Runnable meanwhile)
            throws Exception {
        ConcurrentLinkedQueue<BoxClient.Response> answers = new ConcurrentLinkedQueue<>();
        AtomicBoolean done = new AtomicBoolean();
        CountDownLatch busy = new CountDownLatch(1);
        try (ExecutorService clients = Executors.newFixedThreadPool(FLOODERS)) {
            for (int i = 0; i < FLOODERS; i++) {
                clients.submit(() -> {
                    while (!done.get()) {
                        BoxClient.Response answer = attack.get();
                        answers.add(answer);
                        if (answer.status() == 503) {
                            busy.countDown();
                        }
                    }
                });
            }
            try {
                assertThat(busy.await(60, TimeUnit.SECONDS))
                        .as("the flood was answered busy")
                        .isTrue();
                meanwhile.run();
            } finally {
                done.set(true);
            }
        }
        return List.copyOf(answers);
    }
}
