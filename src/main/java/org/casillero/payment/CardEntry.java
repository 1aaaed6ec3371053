package org.casillero.payment;

import java.time.YearMonth;
import org.casillero.shared.SensitiveText;
import org.jspecify.annotations.Nullable;

/**
 * A card as the customer typed it, not checked yet: its number and security code as {@link
 * SensitiveText}, which {@link #close()} wipes. It never prints them.
 */
public record CardEntry(
        CardBrand brand,
        String holderName,
        SensitiveText number,
        YearMonth expiry,
        @Nullable SensitiveText securityCode)
        implements AutoCloseable {

    @Override
    public void close() {
        number.close();
        if (securityCode != null) {
            securityCode.close();
        }
    }
}
