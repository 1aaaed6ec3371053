package org.casillero.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reading a customer costs a fixed, small number of queries, whatever the number of phones; the
 * geographic lookups cost only the credential check.
 */
@Import(StatementCounter.class)
class QueryCountTests extends BoxApiTest {
    @Autowired
    StatementCounter statements;

    @Test
    void readsACustomerInTwoStatementsAndOnceItsBoxIsKnownInOneWhateverItsPhones() {
        Customer twoPhones = register();
        ObjectNode registration = registration(uniqueEmail());
        ArrayNode phones = (ArrayNode) registration.get("customer_phone");
        for (int i = 0; i < 8; i++) {
            phones.add(phones.get(1).deepCopy());
        }
        Customer tenPhones = register(registration);

        statementsFor(twoPhones);
        int firstWithTen = statementsFor(tenPhones);
        int withTwo = statementsFor(twoPhones);
        int withTen = statementsFor(tenPhones);

        // The session (box id and key), then the customer with its addresses, phones and payment method;
        // the session comes from memory once this server has opened the box.
        assertThat(firstWithTen).isEqualTo(2);
        assertThat(withTwo).isEqualTo(1);
        assertThat(withTen).isEqualTo(1);
    }

    @Test
    void servesTheGeographicLookupsFromMemoryWithoutAStatementOnceTheApiUserIsKnown() {
        ObjectNode states = appCredentials();
        states.put("country_code", 155);
        ObjectNode cities = appCredentials();
        cities.put("state_code", 2761);
        statementsFor("geographic-get-countries", appCredentials());

        List<Integer> counts = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            counts.add(statementsFor("geographic-get-countries", appCredentials()));
            counts.add(statementsFor("geographic-get-states", states));
            counts.add(statementsFor("geographic-get-cities", cities));
        }

        assertThat(counts).containsOnly(0);
    }

    @Test
    void findsACustomerByEmailWithItsAddressesInOneStatement() {
        Customer customer = register();
        ObjectNode lookup = appCredentials().put("customer_email", customer.email());
        box.post(BoxClient.PARTNER_LOOKUP, lookup);

        statements.reset();
        BoxClient.Response response = box.post(BoxClient.PARTNER_LOOKUP, lookup);

        assertThat(response.verified()).isTrue();
        assertThat(response.first().get("customer_box_id").asLong()).isEqualTo(customer.boxId());
        assertThat(response.first().get("customer_address")).hasSize(1);
        assertThat(statements.count()).isEqualTo(1);
    }

    @Test
    void writesNothingWhenAnUpdateRepeatsTheCurrentValues() {
        Customer customer = register();
        ObjectNode type = customer.credentials().put("customer_is_vip", true).put("customer_is_business", false);
        assertThat(box.post(BoxClient.CUSTOMER + "customer-update-type", type).verified())
                .isTrue();

        statements.reset();
        BoxClient.Response again = box.post(BoxClient.CUSTOMER + "customer-update-type", type);

        assertThat(again.verified()).isTrue();
        assertThat(again.first().get("is_vip").asBoolean()).isTrue();
        // The account type read under lock; no update, no audit entry.
        assertThat(statements.count()).isEqualTo(1);
    }

    private int statementsFor(String operation, ObjectNode body) {
        statements.reset();
        BoxClient.Response response = box.post("/wcf-services/service-geographic.svc/geographic/" + operation, body);
        assertThat(response.verified()).as(response.text()).isTrue();
        return statements.count();
    }

    private int statementsFor(Customer customer) {
        statements.reset();
        BoxClient.Response response = box.post(BoxClient.CUSTOMER + "customer-get-info", customer.credentials());
        assertThat(response.verified()).isTrue();
        return statements.count();
    }
}
