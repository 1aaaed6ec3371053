package org.casillero.customer.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.casillero.payment.CardBrand;
import org.casillero.payment.CardEntry;
import org.casillero.shared.SensitiveText;
import org.jspecify.annotations.Nullable;

/**
 * The body of customer-activate-box: the partner and exactly one card. The card's number and security
 * code are read straight into {@link SensitiveText}; the request never prints its values.
 */
record ActivationRequest(
        @Nullable Integer copaId,

        @NotNull @Size(min = 1, max = 1, message = "must hold exactly one card") @Nullable
        List<@NotNull @Valid CardRequest> customerCreditCard)
        implements AutoCloseable {

    /**
     * One card. The expiry is the month's first day, its month with or without a leading zero (real
     * clients send {@code 2025-5-01}).
     */
    record CardRequest(
            @NotNull
            @Pattern(regexp = "VISA|DINERS|AMEX|MASTER", message = "must be VISA, DINERS, AMEX or MASTER")
            @Nullable
            String ccTypeName,

            @NotBlank @Size(max = 100) @Nullable String ccHolderName,
            @NotNull @Nullable SensitiveText ccNumber,

            @NotNull @Pattern(regexp = EXPIRY, message = "must be the expiry month's first day, YYYY-MM-01") @Nullable
            String ccExpirationDate,

            @Nullable SensitiveText ccSecurityCode) {

        static final String EXPIRY = "[0-9]{4}-(0?[1-9]|1[0-2])-01";

        @Override
        public String toString() {
            return "CardRequest[values not shown]";
        }
    }

    /** The card; call it on a request that passed validation. */
    CardEntry card() {
        CardRequest card = Objects.requireNonNull(customerCreditCard).getFirst();
        String[] expiry = Objects.requireNonNull(card.ccExpirationDate()).split("-");
        return new CardEntry(
                CardBrand.valueOf(card.ccTypeName()),
                Objects.requireNonNull(card.ccHolderName()),
                Objects.requireNonNull(card.ccNumber()),
                YearMonth.of(Integer.parseInt(expiry[0]), Integer.parseInt(expiry[1])),
                card.ccSecurityCode());
    }

    /** Wipes every card's number and security code (a request refused before its card was used). */
    @Override
    public void close() {
        if (customerCreditCard != null) {
            for (CardRequest card : customerCreditCard) {
                if (card != null && card.ccNumber() != null) {
                    card.ccNumber().close();
                }
                if (card != null && card.ccSecurityCode() != null) {
                    card.ccSecurityCode().close();
                }
            }
        }
    }

    @Override
    public String toString() {
        return "ActivationRequest[values not shown]";
    }
}
