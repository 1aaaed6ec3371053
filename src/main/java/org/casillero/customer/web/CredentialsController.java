package org.casillero.customer.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;
import org.casillero.customer.CustomerLogin;
import org.casillero.customer.CustomerSession;
import org.casillero.customer.EmailUpdate;
import org.casillero.customer.PasswordUpdate;
import org.casillero.customer.web.Responses.AccountResponse;
import org.casillero.customer.web.Responses.EmailUpdateResponse;
import org.casillero.customer.web.Responses.PasswordUpdateResponse;
import org.casillero.partner.ApiClient;
import org.casillero.shared.Secret;
import org.casillero.shared.web.BoxBody;
import org.casillero.shared.web.BoxController;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The customer operations on credentials: login, e-mail (which renews the key) and password. */
@BoxController
@RequestMapping("/wcf-services/service-customer.svc/customer")
class CredentialsController {
    private final CustomerLogin login;
    private final EmailUpdate emailUpdate;
    private final PasswordUpdate passwordUpdate;

    CredentialsController(CustomerLogin login, EmailUpdate emailUpdate, PasswordUpdate passwordUpdate) {
        this.login = login;
        this.emailUpdate = emailUpdate;
        this.passwordUpdate = passwordUpdate;
    }

    @PostMapping("/customer-login")
    AccountResponse login(ApiClient client, @BoxBody LoginRequest request, HttpServletRequest http) {
        return AccountResponse.of(login.login(
                client,
                Objects.requireNonNull(request.customerEmail()),
                new Secret(Objects.requireNonNull(request.customerPassword())),
                request.copaId(),
                http.getRemoteAddr()));
    }

    @PostMapping("/customer-update-email")
    EmailUpdateResponse updateEmail(CustomerSession session, @BoxBody EmailUpdateRequest request) {
        return EmailUpdateResponse.of(emailUpdate.apply(
                session,
                Objects.requireNonNull(request.customerCurrentEmail()),
                Objects.requireNonNull(request.customerNewEmail())));
    }

    @PostMapping("/customer-update-password")
    PasswordUpdateResponse updatePassword(CustomerSession session, @BoxBody PasswordUpdateRequest request) {
        passwordUpdate.apply(
                session,
                Objects.requireNonNull(request.customerEmail()),
                new Secret(Objects.requireNonNull(request.customerNewPassword())));
        return new PasswordUpdateResponse(1);
    }
}
