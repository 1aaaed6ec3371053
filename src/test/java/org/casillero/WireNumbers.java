package org.casillero;

import java.util.List;
import java.util.stream.Stream;

/** Numbers as an attacker writes them into JSON: those no field takes, and zeros some fields take. */
public final class WireNumbers {
    /** Exponents beyond any decimal's, mantissas longer than any field's, more digits than any limit. */
    public static final List<String> NO_FIELD_TAKES = List.of(
            "-922337e036854775808",
            "922337e036854775808",
            "1e999999999",
            "-1e999999999",
            "1e-999999999",
            "9e2147483648",
            "1E-2147483649",
            "0e-999999999",
            "1E+2147483647",
            "1.5e308",
            "4.9e-325",
            "123456789012345678901234567890.5e-30",
            "1" + "0".repeat(1200),
            "-" + "9".repeat(5000),
            "1." + "5".repeat(1200),
            "1" + "0".repeat(1200) + "e-1200");

    public static final List<String> ZEROS = List.of("-0", "-0.0", "0.0e0", "0E+0", "-0e-999999999");

    public static final List<String> ALL =
            Stream.concat(NO_FIELD_TAKES.stream(), ZEROS.stream()).toList();

    private WireNumbers() {
        throw new AssertionError();
    }
}
