package org.casillero.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casillero.BoxApiTest;
import org.casillero.BoxApiTest.Customer;
import org.casillero.BoxClient;
import org.casillero.RecordedEvents;
import org.casillero.TestCards;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.node.ObjectNode;

/**
 * Each change to a customer publishes exactly its domain event, with its partner, box and what
 * changed, never a key or password; a request refused or changing nothing publishes none: what a
 * listener took after each commit, on a server of its own.
 */
class CustomerEventTests {
    private static final String EMAIL = BoxClient.CUSTOMER + "customer-update-email";
    private static final String PASSWORD = BoxClient.CUSTOMER + "customer-update-password";
    private static final String PERSONAL_INFO = BoxClient.CUSTOMER + "customer-update-personal-info";
    private static final String START_CONSOLIDATION = BoxClient.CUSTOMER + "customer-start-consolidation";

    private static ConfigurableApplicationContext server;
    private static BoxClient box;
    private static RecordedEvents events;

    @BeforeAll
    static void start() {
        server = RecordedEvents.startServer();
        box = new BoxClient(
                ((WebServerApplicationContext) server).getWebServer().getPort());
        events = server.getBean(RecordedEvents.class);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** What was told while {@code action} ran. */
    private static List<Object> told(Runnable action) {
        return events.told(action);
    }

    @Test
    void tellsThatACustomerRegisteredWithItsPartnerBoxAndAddressButNotItsKeyNorPassword() {
        String email = BoxApiTest.uniqueEmail();
        Customer[] registered = new Customer[1];

        List<Object> told = told(() -> registered[0] = BoxApiTest.register(box, BoxApiTest.registration(email)));

        assertThat(told).singleElement().isInstanceOfSatisfying(CustomerRegistered.class, event -> {
            assertThat(event.copaId()).isEqualTo(616);
            assertThat(event.customerBoxId()).isEqualTo(registered[0].boxId());
            assertThat(event.email()).isEqualToIgnoringCase(email);
            assertThat(event.active()).isTrue();
            assertThat(event.actor()).isEqualTo("api-user 396");
            assertThat(event.registeredAt()).isNotNull();
            assertThat(event.toString()).doesNotContain(registered[0].key());
        });
    }

    @Test
    void tellsThatABoxRegisteredInTwoStepsWasActivatedByItsCardAndThenThatItsCardChanged() {
        String email = BoxApiTest.uniqueEmail();
        Customer[] registered = new Customer[1];
        List<Object> signUp = told(() -> {
            BoxClient.Response response = box.post(ActivationTests.REGISTER_INFO, ActivationTests.registerInfo(email));
            assertThat(response.verified()).as(response.text()).isTrue();
            registered[0] = new Customer(
                    response.first().get("customer_box_id").asLong(),
                    response.first().get("customer_key").asString(),
                    email);
        });

        List<Object> activation = told(() -> assertThat(box.post(
                                ActivationTests.ACTIVATE,
                                ActivationTests.activation(registered[0], ActivationTests.validCard()))
                        .verified())
                .isTrue());

        assertThat(signUp)
                .singleElement()
                .isInstanceOfSatisfying(
                        CustomerRegistered.class,
                        event -> assertThat(event.active()).isFalse());
        assertThat(activation).singleElement().isInstanceOfSatisfying(BoxActivated.class, event -> {
            assertThat(event.copaId()).isEqualTo(616);
            assertThat(event.customerBoxId()).isEqualTo(registered[0].boxId());
        });
        String number = TestCards.master();
        List<Object> anotherCard = told(() -> assertThat(box.post(
                                ActivationTests.ACTIVATE,
                                ActivationTests.activation(
                                        registered[0], TestCards.card("MASTER", number, TestCards.expiry(24), "123")))
                        .verified())
                .isTrue());
        assertThat(anotherCard).singleElement().isInstanceOfSatisfying(PaymentCardChanged.class, event -> {
            assertThat(event.customerBoxId()).isEqualTo(registered[0].boxId());
            assertThat(event.toString()).doesNotContain(number, number.substring(number.length() - 4));
        });
    }

    @Test
    void tellsOfANewEmailAndANewPasswordButNotOfChangesRefused() {
        Customer customer = BoxApiTest.register(box, BoxApiTest.registration(BoxApiTest.uniqueEmail()));
        String newEmail = BoxApiTest.uniqueEmail();
        ObjectNode wrongCurrent = customer.credentials()
                .put("customer_current_email", BoxApiTest.uniqueEmail())
                .put("customer_new_email", newEmail);
        ObjectNode move = customer.credentials()
                .put("customer_current_email", customer.email())
                .put("customer_new_email", newEmail);

        List<Object> refused =
                told(() -> assertThat(box.post(EMAIL, wrongCurrent).verified()).isFalse());
        String[] newKey = new String[1];
        List<Object> moved = told(() ->
                newKey[0] = box.post(EMAIL, move).first().get("customer_key").asString());
        ObjectNode password = customer.credentials()
                .put("customer_key", newKey[0])
                .put("customer_email", newEmail)
                .put("customer_new_password", "a brand new secret");
        List<Object> changed =
                told(() -> assertThat(box.post(PASSWORD, password).verified()).isTrue());

        assertThat(refused).isEmpty();
        assertThat(moved).singleElement().isInstanceOfSatisfying(CustomerEmailChanged.class, event -> {
            assertThat(event.customerBoxId()).isEqualTo(customer.boxId());
            assertThat(event.email()).isEqualToIgnoringCase(newEmail);
            assertThat(event.toString()).doesNotContain(newKey[0], customer.key());
        });
        assertThat(changed).singleElement().isInstanceOfSatisfying(CustomerPasswordChanged.class, event -> {
            assertThat(event.customerBoxId()).isEqualTo(customer.boxId());
            assertThat(event.toString()).doesNotContain("a brand new secret");
        });
    }

    @Test
    void tellsWhichDetailsChangedAndNothingWhenNoneDid() {
        Customer customer = BoxApiTest.register(box, BoxApiTest.registration(BoxApiTest.uniqueEmail()));
        ObjectNode rename = customer.credentials().put("customer_first_name", "Juana");

        List<Object> renamed = told(
                () -> assertThat(box.post(PERSONAL_INFO, rename).verified()).isTrue());
        List<Object> again = told(
                () -> assertThat(box.post(PERSONAL_INFO, rename).verified()).isTrue());
        List<Object> consolidating = told(() -> assertThat(
                        box.post(START_CONSOLIDATION, customer.credentials()).verified())
                .isTrue());

        assertThat(renamed)
                .singleElement()
                .isInstanceOfSatisfying(
                        CustomerDetailsChanged.class,
                        event -> assertThat(event.fields()).containsExactly("customer_first_name"));
        assertThat(again).isEmpty();
        assertThat(consolidating)
                .singleElement()
                .isInstanceOfSatisfying(
                        ConsolidationModeChanged.class,
                        event -> assertThat(event.consolidating()).isTrue());
    }

    @Test
    void tellsWhatTheOperatorDidToACustomerOnceEach() {
        Customer customer = BoxApiTest.register(box, BoxApiTest.registration(BoxApiTest.uniqueEmail()));
        CustomerAdministration administration = server.getBean(CustomerAdministration.class);

        List<Object> disabled = told(() -> administration.setEnabled(customer.boxId(), false, Actor.operator("ana")));
        List<Object> disabledAgain =
                told(() -> administration.setEnabled(customer.boxId(), false, Actor.operator("ana")));
        List<Object> enabled = told(() -> administration.setEnabled(customer.boxId(), true, Actor.operator("ana")));
        List<Object> rotated = told(() -> administration.rotateKey(customer.boxId(), Actor.operator("ana")));

        assertThat(disabled).singleElement().isInstanceOfSatisfying(CustomerDisabled.class, event -> {
            assertThat(event.customerBoxId()).isEqualTo(customer.boxId());
            assertThat(event.copaId()).isEqualTo(616);
            assertThat(event.actor()).isEqualTo("operator ana");
        });
        assertThat(disabledAgain).isEmpty();
        assertThat(enabled).singleElement().isInstanceOf(CustomerEnabled.class);
        assertThat(rotated)
                .singleElement()
                .isInstanceOfSatisfying(
                        CustomerKeyRotated.class,
                        event -> assertThat(event.customerBoxId()).isEqualTo(customer.boxId()));
    }
}
