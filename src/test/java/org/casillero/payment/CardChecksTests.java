package org.casillero.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.casillero.TestCards;
import org.casillero.shared.InvalidField;
import org.casillero.shared.SensitiveText;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CardChecksTests {
    private static final YearMonth NOW = YearMonth.of(2026, 11);

    private static CardEntry entry(CardBrand brand, String number, YearMonth expiry, @Nullable String code) {
        return new CardEntry(
                brand,
                "John Doe",
                new SensitiveText(number.toCharArray()),
                expiry,
                code == null ? null : new SensitiveText(code.toCharArray()));
    }

    private static String refusal(CardBrand brand, String number, YearMonth expiry, @Nullable String code) {
        try {
            CardChecks.check(entry(brand, number, expiry, code), NOW);
        } catch (InvalidField refused) {
            return refused.field() + ": " + refused.description();
        }
        return "accepted";
    }

    @ParameterizedTest
    @CsvSource({
        "4111111111111111, true",
        "4012888888881881, true",
        "5555555555554444, true",
        "378282246310005, true",
        "30569309025904, true",
        "1234567812345678, false",
        "4111111111111112, false",
        "0000000000000000, true"
    })
    void checksTheLuhnDigit(String number, boolean valid) {
        assertThat(CardChecks.luhn(number.toCharArray())).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({
        "4111111111111111, VISA",
        "5105105105105100, MASTER",
        "2221000000000009, MASTER",
        "2720999999999996, MASTER",
        "378282246310005, AMEX",
        "341111111111111, AMEX",
        "30569309025904, DINERS",
        "36227206271667, DINERS",
        "3095000000000000, DINERS",
        "38520000023237, DINERS"
    })
    void findsTheIssuerOfEachBrandsPrefixes(String number, CardBrand brand) {
        assertThat(CardBrand.issuerOf(number.toCharArray())).contains(brand);
    }

    @ParameterizedTest
    @CsvSource({"6011111111111117", "2220990000000004", "2721000000000004", "3530111333300000", "3060000000000000"})
    void knowsNoIssuerOutsideTheFourBrands(String number) {
        assertThat(CardBrand.issuerOf(number.toCharArray())).isEmpty();
    }

    @Test
    void namesTheFieldOfEachRefusalWithoutItsValue() {
        String master = "5105105105105100";
        assertThat(refusal(CardBrand.MASTER, master, NOW, "123")).isEqualTo("accepted");
        assertThat(refusal(CardBrand.MASTER, "5105 1051-0510 5100", NOW, null)).isEqualTo("accepted");
        assertThat(refusal(CardBrand.MASTER, "5105/1051/0510/5100", NOW, null))
                .isEqualTo("customerCreditCard[0].ccNumber: customerCreditCard[0].ccNumber must hold only"
                        + " digits (spaces and dashes are ignored)");
        assertThat(refusal(CardBrand.MASTER, "5105105105105101", NOW, null))
                .isEqualTo("customerCreditCard[0].ccNumber: customerCreditCard[0].ccNumber is not a valid card"
                        + " number");
        assertThat(refusal(CardBrand.VISA, master, NOW, null))
                .isEqualTo("customerCreditCard[0].ccTypeName: customerCreditCard[0].ccTypeName does not"
                        + " match the issuer of the card number");
        assertThat(refusal(CardBrand.MASTER, TestCards.number("51", 19), NOW, null))
                .isEqualTo("customerCreditCard[0].ccNumber: customerCreditCard[0].ccNumber must have 16 digits"
                        + " for a MASTER card");
        assertThat(refusal(CardBrand.MASTER, "6011111111111117", NOW, null))
                .endsWith("ccNumber is not the number of a VISA, DINERS, AMEX or MASTER card");
        assertThat(refusal(CardBrand.MASTER, master, NOW.minusMonths(1), null))
                .isEqualTo("customerCreditCard[0].ccExpirationDate: customerCreditCard[0].ccExpirationDate"
                        + " has passed: the card has expired");
        assertThat(refusal(CardBrand.MASTER, master, NOW.plusYears(20), null)).isEqualTo("accepted");
        assertThat(refusal(CardBrand.MASTER, master, NOW.plusYears(20).plusMonths(1), null))
                .endsWith("ccExpirationDate is more than 20 years ahead");
        assertThat(refusal(CardBrand.AMEX, "378282246310005", NOW, "123"))
                .endsWith("ccSecurityCode must be 4 digits for an AMEX card");
        assertThat(refusal(CardBrand.MASTER, master, NOW, "1 23")).endsWith("ccSecurityCode must be 3 digits");
    }

    @Test
    void keepsOnlyTheDigitsAndPrintsNone() {
        try (Card card = CardChecks.check(entry(CardBrand.VISA, " 4111-1111 1111-1111 ", NOW, "123"), NOW)) {
            assertThat(card.number()).containsExactly("4111111111111111".toCharArray());
            assertThat(card.securityCode()).containsExactly('1', '2', '3');
            assertThat(card.lastFour()).isEqualTo("1111");
            assertThat(card).hasToString("Card[VISA ending 1111]");
        }
    }

    @Test
    void wipesTheCardWhenClosed() {
        Card card = CardChecks.check(entry(CardBrand.VISA, "4111111111111111", NOW, "123"), NOW);

        card.close();

        assertThat(card.number()).containsOnly('\0');
        assertThat(card.securityCode()).containsOnly('\0');
    }

    @Test
    void refusesBeforeKeepingAnything() {
        assertThatThrownBy(() -> CardChecks.check(entry(CardBrand.VISA, "4111111111111112", NOW, null), NOW))
                .isInstanceOf(InvalidField.class)
                .hasMessageNotContaining("4111");
    }
}
