package org.casillero.rating.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import org.casillero.rating.Quotes.RateQuery;
import org.casillero.shared.Measures.LengthUnit;
import org.casillero.shared.Measures.Parcel;
import org.casillero.shared.Measures.WeightUnit;
import org.jspecify.annotations.Nullable;

/**
 * The body of get-shipment-rate, as the plugin's calculator sends it: weight in KG or LB, the box in
 * CM or IN (either case; a missing dimension is 1), the merchandise value (none: 0), the destination (country,
 * or city), and the product family. {@code coupon_code}, {@code iata_code_origin} and
 * {@code zip_code} are read and not used.
 */
record RateRequest(
        @NotNull @DecimalMin(value = "0.001") @DecimalMax(value = "10000") @Nullable
        BigDecimal weight,

        @NotNull @Pattern(regexp = "(?i)kg|lb", message = "must be KG or LB") @Nullable
        String weightType,

        @PositiveOrZero @DecimalMax(value = "10000000") @Nullable
        BigDecimal merchandiseValue,

        @NotNull @Nullable Integer copaId,
        @Nullable Integer countryCode,
        @Nullable Integer cityCode,
        @Size(max = 10) @Nullable String fmprCdg,

        @DecimalMin(value = "0.01") @DecimalMax(value = "1000") @Nullable
        BigDecimal heightDim,

        @DecimalMin(value = "0.01") @DecimalMax(value = "1000") @Nullable
        BigDecimal lengthDim,

        @DecimalMin(value = "0.01") @DecimalMax(value = "1000") @Nullable
        BigDecimal widthDim,

        @Pattern(regexp = "(?i)cm|in", message = "must be CM or IN") @Nullable
        String dimType) {

    RateQuery toQuery() {
        Parcel parcel = Parcel.of(
                Objects.requireNonNull(weight),
                WeightUnit.valueOf(Objects.requireNonNull(weightType).toUpperCase(Locale.ROOT)),
                orOne(lengthDim),
                orOne(widthDim),
                orOne(heightDim),
                dimType == null ? LengthUnit.IN : LengthUnit.valueOf(dimType.toUpperCase(Locale.ROOT)));
        return new RateQuery(
                Objects.requireNonNull(copaId),
                parcel,
                merchandiseValue == null ? BigDecimal.ZERO : merchandiseValue,
                countryCode,
                cityCode,
                fmprCdg == null ? "" : fmprCdg.strip().toUpperCase(Locale.ROOT));
    }

    private static BigDecimal orOne(@Nullable BigDecimal dimension) {
        return dimension == null ? BigDecimal.ONE : dimension;
    }
}
