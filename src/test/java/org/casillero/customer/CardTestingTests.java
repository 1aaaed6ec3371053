package org.casillero.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.TestCards;
import org.casillero.partner.TestPartners;
import org.casillero.partner.TestPartners.TestPartner;
import org.casillero.payment.Card;
import org.casillero.payment.CardGateway;
import org.casillero.payment.GatewayResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.node.ObjectNode;

/**
 * Card testing, attacked as a carder would: stolen numbers tried on a box between cards the gateway
 * accepts, in a parallel burst on a new box, and spread over many fresh boxes (customer-register-info
 * makes them freely) from one client address or through one API user. The gateway is the operator's
 * plug-in point ({@link CardGateway}): here one that declines every number but the customer's own and
 * counts the cards it is asked about.
 *
 * <p>Every test acts through an API user of its own and from client addresses of its own (the
 * documentation range 198.51.100.0/24, sent as {@code X-Forwarded-For} by the loopback "proxy"), so
 * that its counters are its own and none of its locks reaches another test.
 */
@ExtendWith(OutputCaptureExtension.class)
@Import(CardTestingTests.CountingGateway.class)
@TestPropertySource(
        properties = {
            "casillero.cards.refusals-before-lock=5",
            "casillero.cards.refusals-per-client-address=8",
            "casillero.cards.refusals-per-api-user=12",
            "casillero.cards.lockout=1h",
            "server.forward-headers-strategy=native"
        })
class CardTestingTests extends BoxApiTest {
    private static final String BOX_LOCKED = "Too many cards were refused for this box: try again in 60 minutes.";
    private static final String SOURCE_LOCKED = "Too many cards were refused lately: try again in 60 minutes.";
    private static final AtomicInteger NEXT_ADDRESS =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(60_000));
    private static final String DECLINED = "The card was declined: check the payment details or use another card.";

    @Autowired
    CountingGateway gateway;

    @Autowired
    ApplicationContext context;

    @Autowired
    MeterRegistry meters;

    /**
     * Declines every card but the ones {@link #accept}ed; counts every card it is asked about. Being a
     * {@link CardGateway} bean, it replaces the built-in gateway, as an operator's would.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class CountingGateway implements CardGateway {
        private final Set<String> accepted = ConcurrentHashMap.newKeySet();
        private final AtomicInteger calls = new AtomicInteger();
        private volatile long delayMillis;

        void accept(String number) {
            accepted.add(number);
        }

        @Override
        public GatewayResult verify(Card card) {
            calls.incrementAndGet();
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return accepted.contains(new String(card.number()))
                    ? GatewayResult.approved("tok")
                    : GatewayResult.declined();
        }
    }

    @BeforeEach
    void resetGateway() {
        gateway.calls.set(0);
        gateway.delayMillis = 0;
    }

    @Test
    void locksTheBoxAtTheLimitWhateverCardsTheGatewayAcceptedInBetween() {
        TestPartner partner = TestPartners.create(context);
        String address = newAddress();
        Customer customer = registerInactive(partner, address);
        String own = TestCards.master();
        gateway.accept(own);
        List<String> answers = new ArrayList<>();

        for (String number : List.of(stolen(), stolen(), stolen(), stolen(), own, stolen(), own, stolen())) {
            answers.add(outcome(activate(partner, customer, number, address)));
        }

        assertThat(answers)
                .as("4 stolen, own, stolen (the 5th refusal), own, stolen")
                .containsExactly(DECLINED, DECLINED, DECLINED, DECLINED, "accepted", DECLINED, BOX_LOCKED, BOX_LOCKED);
        assertThat(gateway.calls.get()).as("cards the gateway was asked about").isEqualTo(6);
    }

    @Test
    void letsNoMoreThanTheLimitOfAParallelBurstOnANewBoxReachTheGateway() throws Exception {
        TestPartner partner = TestPartners.create(context);
        String address = newAddress();
        Customer customer = registerInactive(partner, address);
        gateway.delayMillis = 200;
        List<Future<BoxClient.Response>> sent = new ArrayList<>();

        try (ExecutorService attackers = Executors.newFixedThreadPool(30)) {
            for (int i = 0; i < 30; i++) {
                String number = stolen();
                sent.add(attackers.submit(() -> activate(partner, customer, number, address)));
            }
        }
        List<String> answers = new ArrayList<>();
        for (Future<BoxClient.Response> answer : sent) {
            answers.add(outcome(answer.get()));
        }

        assertThat(gateway.calls.get()).as("cards the gateway was asked about").isLessThanOrEqualTo(5);
        assertThat(answers).filteredOn(DECLINED::equals).hasSize(gateway.calls.get());
        assertThat(answers).filteredOn(answer -> !answer.equals(DECLINED)).containsOnly(BOX_LOCKED);
    }

    @Test
    void locksAClientAddressAtItsLimitAcrossFreshBoxesAndApiUsers(CapturedOutput output) {
        TestPartner first = TestPartners.create(context);
        TestPartner second = TestPartners.create(context);
        String address = newAddress();
        double alertsBefore = locks("client-address");

        // Two refusals per box (the box limit is 5), over two API users: 8 in all from one address.
        for (TestPartner partner : List.of(first, first, second, second)) {
            Customer customer = registerInactive(partner, address);
            assertThat(outcome(activate(partner, customer, stolen(), address))).isEqualTo(DECLINED);
            assertThat(outcome(activate(partner, customer, stolen(), address))).isEqualTo(DECLINED);
        }
        int askedBefore = gateway.calls.get();
        Customer fresh = registerInactive(second, address);
        String own = TestCards.master();
        gateway.accept(own);
        BoxClient.Response stolenAgain = activate(second, fresh, stolen(), address);
        BoxClient.Response ownCard = activate(second, fresh, own, address);
        String away = newAddress();
        Customer elsewhere = registerInactive(first, away);
        BoxClient.Response fromAnotherAddress = activate(first, elsewhere, own, away);

        assertThat(outcome(stolenAgain)).isEqualTo(SOURCE_LOCKED);
        assertThat(stolenAgain.errorLocation()).isEqualTo("customer_credit_card[0]");
        assertThat(outcome(ownCard)).isEqualTo(SOURCE_LOCKED);
        assertThat(gateway.calls.get())
                .as("no card from the locked address reached the gateway")
                .isEqualTo(askedBefore + 1);
        assertThat(outcome(fromAnotherAddress))
                .as("another address is not locked")
                .isEqualTo("accepted");
        assertThat(locks("client-address") - alertsBefore).isEqualTo(1);
        assertThat(output.getAll())
                .contains("Possible card testing: 8 cards refused from client:" + address)
                .doesNotContain(own);
    }

    @Test
    void locksAnApiUserAtItsLimitAcrossFreshBoxesAndClientAddresses(CapturedOutput output) {
        TestPartner partner = TestPartners.create(context);
        TestPartner other = TestPartners.create(context);
        double alertsBefore = locks("api-user");
        List<String> addresses = new ArrayList<>();

        // One refusal per box and per address: 12 through one API user.
        for (int i = 0; i < 12; i++) {
            String address = newAddress();
            addresses.add(address);
            Customer customer = registerInactive(partner, address);
            assertThat(outcome(activate(partner, customer, stolen(), address))).isEqualTo(DECLINED);
        }
        String address = newAddress();
        Customer fresh = registerInactive(partner, address);
        BoxClient.Response locked = activate(partner, fresh, stolen(), address);
        Customer othersCustomer = registerInactive(other, addresses.getFirst());
        BoxClient.Response otherUser = activate(other, othersCustomer, stolen(), addresses.getFirst());

        assertThat(outcome(locked)).isEqualTo(SOURCE_LOCKED);
        assertThat(outcome(otherUser)).as("another API user is not locked").isEqualTo(DECLINED);
        assertThat(locks("api-user") - alertsBefore).isEqualTo(1);
        assertThat(output.getAll())
                .contains("Possible card testing: 12 cards refused from api-user:" + partner.userCode());
    }

    /** An inactive box of the partner's, made by customer-register-info from this address. */
    private Customer registerInactive(TestPartner partner, String address) {
        ObjectNode body = ActivationTests.registerInfo(uniqueEmail());
        as(partner, body).put("copa_id", partner.copaId());
        BoxClient.Response response = post(ActivationTests.REGISTER_INFO, body, address);
        assertThat(response.verified()).as(response.text()).isTrue();
        return new Customer(
                response.first().get("customer_box_id").asLong(),
                response.first().get("customer_key").asString(),
                body.get("customer_email").asString());
    }

    private BoxClient.Response activate(TestPartner partner, Customer customer, String number, String address) {
        ObjectNode body =
                ActivationTests.activation(customer, TestCards.card("MASTER", number, TestCards.expiry(24), "123"));
        as(partner, body).put("copa_id", partner.copaId());
        return post(ActivationTests.ACTIVATE, body, address);
    }

    private static ObjectNode as(TestPartner partner, ObjectNode body) {
        return body.put("user_code", partner.userCode()).put("app_key", partner.appKey());
    }

    private BoxClient.Response post(String path, ObjectNode body, String address) {
        return box.send(HttpRequest.newBuilder(URI.create(box.base() + path))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(BoxClient.JSON.writeValueAsString(body))));
    }

    /** "accepted", or the refusal's text. */
    private static String outcome(BoxClient.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.verified() ? "accepted" : response.errorDescription();
    }

    /** A number the gateway declines, as a carder's list holds them: well formed, not the customer's. */
    private static String stolen() {
        return TestCards.master();
    }

    /** A client address of this test's own: only a header's text, never an address traffic goes to. */
    private static String newAddress() {
        int n = NEXT_ADDRESS.incrementAndGet();
        return "198.51." + (n / 254) % 256 + "." + (1 + n % 254);
    }

    private double locks(String source) {
        Counter counter = meters.find("casillero.cards.testing.locks")
                .tag("source", source)
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
