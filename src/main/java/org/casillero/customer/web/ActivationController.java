package org.casillero.customer.web;

import jakarta.servlet.http.HttpServletRequest;
import org.casillero.customer.BoxActivation;
import org.casillero.customer.CustomerSession;
import org.casillero.customer.web.Responses.RegistrationResponse;
import org.casillero.shared.web.BoxBody;
import org.casillero.shared.web.BoxController;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The second step of the two-step sign-up: a card activates the box created by customer-register-info. */
@BoxController
@RequestMapping("/wcf-services/service-customer.svc/customer")
class ActivationController {
    private final BoxActivation activation;

    ActivationController(BoxActivation activation) {
        this.activation = activation;
    }

    @PostMapping("/customer-activate-box")
    RegistrationResponse activate(
            CustomerSession session, @BoxBody ActivationRequest request, HttpServletRequest http) {
        return RegistrationResponse.of(
                activation.activate(session, request.copaId(), request.card(), http.getRemoteAddr()));
    }
}
