package org.casillero.rating;

import java.math.BigDecimal;

/**
 * A partner's product family (the Box API's {@code fmpr_cdg}): its names in English and Spanish, and a
 * surcharge in percent of the shipping rate of shipments of that family.
 */
public record ProductFamily(int copaId, String code, String nameEng, String nameEsp, BigDecimal surchargePercent) {
    public String name(String languageCode) {
        return "ESP".equals(languageCode) ? nameEsp : nameEng;
    }
}
