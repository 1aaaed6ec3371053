package org.casillero.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casillero.shared.CasilleroSettings;
import org.casillero.shared.InvalidField;
import org.casillero.shared.SensitiveText;
import org.casillero.shared.ServiceBusy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The gateway's side: what it receives, what its answers become, and that nothing of the card outlives the call. */
class CardVerificationTests {
    /** 03:30 UTC on June 1st is still May 31st in New York, the service's default time zone. */
    private static final Clock JUNE_FIRST_UTC = Clock.fixed(Instant.parse("2026-06-01T03:30:00Z"), ZoneOffset.UTC);

    private static CasilleroSettings settings() {
        return new Binder(new MapConfigurationPropertySource(Map.of("casillero.time-zone", "America/New_York")))
                .bindOrCreate("casillero", Bindable.of(CasilleroSettings.class));
    }

    private static org.casillero.shared.ServerSecret secret() {
        try {
            var constructor = org.casillero.shared.ServerSecret.class.getDeclaredConstructor(byte[].class);
            constructor.setAccessible(true);
            return constructor.newInstance(
                    (Object) "a-test-server-secret-of-32-bytes".getBytes(StandardCharsets.UTF_8));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CardVerification verification(CardGateway gateway) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("gateway", gateway));
        return new CardVerification(beans.getBeanProvider(CardGateway.class), secret(), JUNE_FIRST_UTC, settings());
    }

    private static CardEntry entry(String number, YearMonth expiry) {
        return new CardEntry(
                CardBrand.VISA,
                "John Doe",
                new SensitiveText(number.toCharArray()),
                expiry,
                new SensitiveText("123".toCharArray()));
    }

    @Test
    void handsTheGatewayTheDigitsAndKeepsItsTokenButNeverTheNumber() {
        List<String> seen = new ArrayList<>();
        CardVerification verification = verification(card -> {
            seen.add(new String(card.number()) + "/" + new String(card.securityCode()) + "/" + card.expiry());
            return GatewayResult.approved("tok_123");
        });
        CardEntry entry = entry("4111 1111 1111 1111", YearMonth.of(2026, 5));

        VerifiedCard card = verification.verify(entry);

        assertThat(seen).containsExactly("4111111111111111/123/2026-05");
        assertThat(card.gatewayToken()).isEqualTo("tok_123");
        assertThat(card.lastFour()).isEqualTo("1111");
        assertThat(card.fingerprint()).matches("[0-9a-f]{64}");
        assertThat(card.toString()).doesNotContain("4111111111111111", "tok_123", card.fingerprint());
        assertThat(entry.number().charAt(0)).as("the entry is wiped").isEqualTo('\0');
        assertThat(entry.securityCode().charAt(0)).isEqualTo('\0');
    }

    @Test
    void fingerprintsTheSameCardAlikeWhateverItsSeparators() {
        CardVerification verification = verification(card -> GatewayResult.approved(null));

        String first = verification
                .verify(entry("4111111111111111", YearMonth.of(2027, 1)))
                .fingerprint();
        String second = verification
                .verify(entry("4111-1111-1111-1111", YearMonth.of(2030, 1)))
                .fingerprint();
        String other = verification
                .verify(entry("4012888888881881", YearMonth.of(2027, 1)))
                .fingerprint();

        assertThat(first).isEqualTo(second).isNotEqualTo(other);
    }

    @Test
    void refusesACardTheGatewayDeclinesAndWipesIt() {
        List<Card> seen = new ArrayList<>();
        CardVerification verification = verification(card -> {
            seen.add(card);
            return GatewayResult.declined();
        });

        assertThatThrownBy(() -> verification.verify(entry("4111111111111111", YearMonth.of(2027, 1))))
                .isInstanceOf(CardDeclined.class)
                .hasMessage("The card was declined: check the payment details or use another card.");
        assertThat(seen.getFirst().number()).containsOnly('\0');
    }

    @Test
    void answersBusyWhenTheGatewayFailsWithoutRepeatingItsMessage() {
        CardVerification verification = verification(card -> {
            throw new IllegalStateException("provider said: bad card " + new String(card.number()));
        });

        assertThatThrownBy(() -> verification.verify(entry("4111111111111111", YearMonth.of(2027, 1))))
                .isInstanceOf(ServiceBusy.class)
                .hasMessageNotContaining("4111");
    }

    @Test
    void judgesTheExpiryMonthInTheServiceTimeZone() {
        CardVerification verification = verification(card -> GatewayResult.approved(null));

        // Still May 31st in New York: a card expiring in May 2026 is still valid, one of April is not.
        assertThat(verification.verify(entry("4111111111111111", YearMonth.of(2026, 5))))
                .isNotNull();
        assertThatThrownBy(() -> verification.verify(entry("4111111111111111", YearMonth.of(2026, 4))))
                .isInstanceOf(InvalidField.class)
                .hasMessageContaining("ccExpirationDate");
        assertThat(ZoneId.of("America/New_York")).isEqualTo(settings().timeZone());
    }

    @Test
    void usesTheBuiltInGatewayWhenNoneIsPluggedIn() {
        StaticListableBeanFactory none = new StaticListableBeanFactory();
        CardVerification verification =
                new CardVerification(none.getBeanProvider(CardGateway.class), secret(), JUNE_FIRST_UTC, settings());

        VerifiedCard card = verification.verify(entry("4111111111111111", YearMonth.of(2027, 1)));

        assertThat(card.gatewayToken()).isNull();
    }
}
