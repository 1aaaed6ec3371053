package org.casillero.customer.web;

import org.casillero.customer.AccountTypeUpdate;
import org.casillero.customer.AddressUpdate;
import org.casillero.customer.ConsolidationMode;
import org.casillero.customer.CustomerInfo;
import org.casillero.customer.CustomerSession;
import org.casillero.customer.PersonalInfoUpdate;
import org.casillero.customer.Registration;
import org.casillero.customer.Registration.Activation;
import org.casillero.customer.web.Responses.AccountTypeResponse;
import org.casillero.customer.web.Responses.AddressInfoResponse;
import org.casillero.customer.web.Responses.ConsolidationModeResponse;
import org.casillero.customer.web.Responses.CustomerInfoResponse;
import org.casillero.customer.web.Responses.PersonalInfoResponse;
import org.casillero.customer.web.Responses.RegistrationResponse;
import org.casillero.partner.ApiClient;
import org.casillero.shared.web.BoxBody;
import org.casillero.shared.web.BoxController;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The customer operations of the Box API's customer service. */
@BoxController
@RequestMapping("/wcf-services/service-customer.svc/customer")
class CustomerController {
    private final Registration registration;
    private final CustomerInfo customerInfo;
    private final PersonalInfoUpdate personalInfoUpdate;
    private final AccountTypeUpdate accountTypeUpdate;
    private final AddressUpdate addressUpdate;
    private final ConsolidationMode consolidationMode;

    CustomerController(
            Registration registration,
            CustomerInfo customerInfo,
            PersonalInfoUpdate personalInfoUpdate,
            AccountTypeUpdate accountTypeUpdate,
            AddressUpdate addressUpdate,
            ConsolidationMode consolidationMode) {
        this.registration = registration;
        this.customerInfo = customerInfo;
        this.personalInfoUpdate = personalInfoUpdate;
        this.accountTypeUpdate = accountTypeUpdate;
        this.addressUpdate = addressUpdate;
        this.consolidationMode = consolidationMode;
    }

    @PostMapping("/customer-registration")
    RegistrationResponse register(ApiClient client, @BoxBody RegistrationRequest request) {
        return RegistrationResponse.of(registration.register(client, request.toCommand(), Activation.IMMEDIATE));
    }

    /** The first step of the two-step sign-up: the same registration, inactive until a card is attached. */
    @PostMapping("/customer-register-info")
    RegistrationResponse registerInfo(
            ApiClient client, @BoxBody(ignoring = "customer_tax_number") RegistrationRequest request) {
        return RegistrationResponse.of(registration.register(client, request.toCommand(), Activation.BY_CARD));
    }

    @PostMapping("/customer-get-info")
    CustomerInfoResponse getInfo(CustomerSession session) {
        return CustomerInfoResponse.of(customerInfo.load(session));
    }

    @PostMapping("/customer-update-personal-info")
    PersonalInfoResponse updatePersonalInfo(CustomerSession session, @BoxBody PersonalInfoRequest request) {
        return PersonalInfoResponse.of(personalInfoUpdate.apply(session, request.toPatch()));
    }

    @PostMapping("/customer-update-type")
    AccountTypeResponse updateType(CustomerSession session, @BoxBody AccountTypeRequest request) {
        return AccountTypeResponse.of(accountTypeUpdate.apply(session, request.toPatch()));
    }

    @PostMapping("/customer-start-consolidation")
    ConsolidationModeResponse startConsolidation(CustomerSession session) {
        return consolidation(session, true);
    }

    @PostMapping("/customer-end-consolidation")
    ConsolidationModeResponse endConsolidation(CustomerSession session) {
        return consolidation(session, false);
    }

    private ConsolidationModeResponse consolidation(CustomerSession session, boolean consolidating) {
        return new ConsolidationModeResponse(
                session.boxId(), Responses.boxStatusCode(consolidationMode.set(session, consolidating)));
    }

    @PostMapping("/customer-update-address-info")
    AddressInfoResponse updateAddressInfo(CustomerSession session, @BoxBody AddressInfoRequest request) {
        return AddressInfoResponse.of(addressUpdate.apply(session, request.changes(), request.phones()));
    }
}
