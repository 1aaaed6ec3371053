package org.casillero.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.casillero.rating.Tariff.Charges;
import org.casillero.shared.Measures.LengthUnit;
import org.casillero.shared.Measures.Parcel;
import org.casillero.shared.Measures.WeightUnit;
import org.junit.jupiter.api.Test;

/** Weights, volumes and charges in decimals, rounded half up, never through binary floats. */
class ChargesArithmeticTests {
    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void convertsKilogramsAndCentimetresToPoundsAndInches() {
        Parcel parcel = Parcel.of(d("0.2"), WeightUnit.KG, d("10"), d("25.4"), d("2.54"), LengthUnit.CM);

        assertThat(parcel.weight()).isEqualByComparingTo("0.4409");
        assertThat(parcel.length()).isEqualByComparingTo("3.94");
        assertThat(parcel.width()).isEqualByComparingTo("10.00");
        assertThat(parcel.height()).isEqualByComparingTo("1.00");
    }

    @Test
    void chargesTheGreaterOfTheRealAndTheVolumetricWeight() {
        Parcel light = Parcel.of(d("1"), WeightUnit.LB, d("20"), d("16.6"), d("10"), LengthUnit.IN);

        assertThat(light.volumetricWeight(166)).isEqualByComparingTo("20.0000");
        assertThat(light.chargedWeight(166)).isEqualByComparingTo("20.0000");
        assertThat(light.chargedWeight(332)).isEqualByComparingTo("10.0000");
    }

    @Test
    void chargesThePricePerPoundAtLeastTheMinimumWithSurchargeAndDiscountInCents() {
        Tariff tariff = new Tariff(1, d("0.10"), d("6.50"), d("15"), 166);

        Charges minimum = tariff.charge(d("0.4409"), BigDecimal.ZERO);
        Charges heavy = tariff.charge(d("123.4567"), d("7.5"));

        assertThat(minimum.rate()).isEqualByComparingTo("6.50");
        assertThat(minimum.discount()).isEqualByComparingTo("0.98"); // 0.975 rounds half up
        assertThat(minimum.total()).isEqualByComparingTo("5.52");
        // 12.34567 + 7.5% = 13.27159525 -> 13.27; 15% of it 1.9905 -> 1.99.
        assertThat(heavy.rate()).isEqualByComparingTo("13.27");
        assertThat(heavy.discount()).isEqualByComparingTo("1.99");
        assertThat(heavy.total()).isEqualByComparingTo("11.28");
    }

    @Test
    void estimatesCustomsAboveTheDeMinimisOnly() {
        CustomsRule rule = new CustomsRule(155, d("50"), d("10"), d("16"));

        assertThat(rule.customsOn(d("50"))).isEqualByComparingTo("0");
        assertThat(rule.customsOn(d("300.5"))).isEqualByComparingTo("82.94");
    }
}
