package org.casillero.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.JsonShape;
import org.casillero.Seeds;
import org.casillero.partner.TestPartners.TestPartner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** get-copa-by-url: a partner site finds its partner by its own URL (reference §2.11). */
class PartnerSiteTests extends BoxApiTest {
    static final String COPA_BY_URL = "/wcf-services/service-partner.svc/partner/get-copa-by-url";
    private static final String NOT_LISTED = "No partner is listed for the copa_url sent.";

    @Autowired
    PartnerAdministration partners;

    @Autowired
    ApplicationContext context;

    private static String domain() {
        return "tienda-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
    }

    private BoxClient.Response byUrl(String url) {
        return box.post(COPA_BY_URL, appCredentials().put("copa_url", url));
    }

    @Test
    void answersTheSitesPartnerInTheElementTheClientReads() {
        String domain = domain();
        partners.addSite(Seeds.COPA_ID, domain);

        BoxClient.Response response = byUrl("https://" + domain);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).hasSize(1);
        JsonNode element = response.first();
        assertThat(JsonShape.fieldNames(element))
                .containsExactly("_verify", "copa_domain_group_default", "copa_id", "copa_id_default", "error");
        assertThat(element.get("_verify").asBoolean()).isTrue();
        assertThat(element.get("copa_id").isInt()).isTrue();
        assertThat(element.get("copa_id").asInt()).isEqualTo(Seeds.COPA_ID);
        assertThat(element.get("copa_id_default").asInt()).isEqualTo(Seeds.COPA_ID);
        assertThat(element.get("copa_domain_group_default").asInt()).isEqualTo(1);
        assertThat(element.get("error").get("error_description").asString()).isEmpty();
    }

    @Test
    void findsTheSiteWhateverTheSchemeCaseWwwPortPathOrTrailingDot() {
        String domain = domain();
        partners.addSite(Seeds.COPA_ID, "https://www." + domain + "/");

        for (String url : List.of(
                "https://" + domain,
                "http://" + domain.toUpperCase() + "/",
                "https://www." + domain + ":8443/tienda/?page=1#top",
                "https://user@" + domain + ".",
                domain)) {
            BoxClient.Response response = byUrl(url);

            assertThat(response.verified()).as(url + ": " + response.text()).isTrue();
            assertThat(response.first().get("copa_id").asInt()).isEqualTo(Seeds.COPA_ID);
        }
        // As the WordPress plugin sends it: PHP's json_encode escapes every slash.
        String escaped = "{\"copa_url\":\"https:\\/\\/" + domain
                + "\",\"user_info\":{\"user_code\":\"396\",\"app_key\":\"" + Seeds.APP_KEY + "\"}}";
        assertThat(box.post(COPA_BY_URL, escaped).verified()).isTrue();
    }

    @Test
    void answersAnUnknownSiteWithAFailedElementAtHttp200() {
        String domain = domain();
        partners.addSite(Seeds.COPA_ID, domain);

        for (String url : List.of("https://" + domain(), "https://shop." + domain, "https://" + domain + ".mx")) {
            BoxClient.Response response = byUrl(url);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.verified()).as(url).isFalse();
            assertThat(response.errorDescription()).isEqualTo(NOT_LISTED);
            assertThat(response.errorLocation()).isEqualTo("copa_url");
        }
    }

    @Test
    void answersAnotherPartnersSiteAsAnUnknownOne() {
        TestPartner other = TestPartners.create(context);
        String domain = domain();
        partners.addSite(other.copaId(), domain);

        BoxClient.Response asDemo = byUrl("https://" + domain);
        ObjectNode asOther = appCredentials().put("copa_url", "https://" + domain);
        asOther.put("user_code", other.userCode()).put("app_key", other.appKey());

        assertThat(asDemo.verified()).isFalse();
        assertThat(asDemo.errorDescription()).isEqualTo(NOT_LISTED);
        assertThat(box.post(COPA_BY_URL, asOther).first().get("copa_id").asInt())
                .isEqualTo(other.copaId());
    }

    @Test
    void refusesAMissingOrBrokenUrlWithAFailedElement() {
        assertThat(byUrl("").errorDescription()).isEqualTo("copa_url is required");
        for (String url : List.of("https://", "not a site", "https://exa mple.com", "x".repeat(3000))) {
            BoxClient.Response response = byUrl(url);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.verified()).as(url).isFalse();
            assertThat(response.errorLocation()).isEqualTo("copa_url");
        }
    }

    @Test
    void refusesBadCredentialsAsEveryOperationDoes() {
        ObjectNode body =
                appCredentials().put("copa_url", "https://" + domain()).put("app_key", "x".repeat(32));

        BoxClient.Response response = box.post(COPA_BY_URL, body);

        assertThat(response.verified()).isFalse();
        assertThat(response.errorDescription()).isEqualTo("The credentials sent are not valid.");
    }
}
