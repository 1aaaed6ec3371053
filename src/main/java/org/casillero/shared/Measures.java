package org.casillero.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Weights and lengths as staff enter them (pounds or kilograms, inches or centimetres) and as the
 * Box API shows them: pounds and inches, weights to four decimals (volumetric ones to two), lengths to
 * two.
 */
public final class Measures {
    private static final BigDecimal POUNDS_PER_KILOGRAM = new BigDecimal("2.20462262");
    private static final BigDecimal CENTIMETRES_PER_INCH = new BigDecimal("2.54");

    private Measures() {
        throw new AssertionError();
    }

    public enum WeightUnit {
        LB,
        KG;

        BigDecimal toPounds(BigDecimal weight) {
            BigDecimal pounds = this == KG ? weight.multiply(POUNDS_PER_KILOGRAM) : weight;
            return pounds.setScale(4, RoundingMode.HALF_UP);
        }
    }

    public enum LengthUnit {
        IN,
        CM;

        BigDecimal toInches(BigDecimal length) {
            BigDecimal inches = this == CM ? length.divide(CENTIMETRES_PER_INCH, 6, RoundingMode.HALF_UP) : length;
            return inches.setScale(2, RoundingMode.HALF_UP);
        }
    }

    /** A parcel's weight and box in pounds and inches. */
    public record Parcel(BigDecimal weight, BigDecimal length, BigDecimal width, BigDecimal height) {
        public static Parcel of(
                BigDecimal weight,
                WeightUnit weightUnit,
                BigDecimal length,
                BigDecimal width,
                BigDecimal height,
                LengthUnit lengthUnit) {
            return new Parcel(
                    weightUnit.toPounds(weight),
                    lengthUnit.toInches(length),
                    lengthUnit.toInches(width),
                    lengthUnit.toInches(height));
        }

        /**
         * The weight the box's size stands for: its volume over the divisor (cubic inches per pound),
         * to two decimals as the reference prints it.
         */
        public BigDecimal volumetricWeight(int divisor) {
            return length.multiply(width).multiply(height).divide(BigDecimal.valueOf(divisor), 2, RoundingMode.HALF_UP);
        }

        /** What is charged: the greater of the real and the volumetric weight. */
        public BigDecimal chargedWeight(int divisor) {
            return weight.max(volumetricWeight(divisor));
        }
    }
}
