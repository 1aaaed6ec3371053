package org.casillero.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WireNamingTests {
    @Test
    void writesJavaNamesInSnakeCase() {
        assertThat(WireNaming.toWire("customerBirthDate")).isEqualTo("customer_birth_date");
        assertThat(WireNaming.toWire("custId")).isEqualTo("cust_id");
        assertThat(WireNaming.toWire("isVip")).isEqualTo("is_vip");
        assertThat(WireNaming.toWire("copaId")).isEqualTo("copa_id");
    }

    @Test
    void makesARunOfDigitsAWordOfItsOwn() {
        assertThat(WireNaming.toWire("address01")).isEqualTo("address_01");
        assertThat(WireNaming.toWire("line2Text")).isEqualTo("line_2_text");
    }
}
