package org.casillero.customer.web;

import java.util.Objects;
import org.casillero.customer.AccountLookup;
import org.casillero.customer.web.Responses.AccountResponse;
import org.casillero.partner.ApiClient;
import org.casillero.shared.web.BoxBody;
import org.casillero.shared.web.BoxController;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The partner's administration operation on customers. The documentation places it under the
 * customer service, real clients call it under the partner service: both paths answer.
 */
@BoxController
class PartnerAdminController {
    private final AccountLookup accountLookup;

    PartnerAdminController(AccountLookup accountLookup) {
        this.accountLookup = accountLookup;
    }

    @PostMapping({
        "/wcf-services/service-customer.svc/partner/customer-get-info",
        "/wcf-services/service-partner.svc/partner/customer-get-info"
    })
    AccountResponse getCustomerCredentials(ApiClient client, @BoxBody AccountLookupRequest request) {
        return AccountResponse.of(
                accountLookup.findByEmail(client, Objects.requireNonNull(request.customerEmail()), request.copaId()));
    }
}
