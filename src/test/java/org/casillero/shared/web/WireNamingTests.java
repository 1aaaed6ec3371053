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

    @Test
    void namesAFieldsPathWordByWordKeepingIndicesAndDots() {
        assertThat(WireNaming.toWirePath("customerAddress[0].cityCode")).isEqualTo("customer_address[0].city_code");
        assertThat(WireNaming.toWirePath("customerPhone[12].phoneNumber")).isEqualTo("customer_phone[12].phone_number");
        assertThat(WireNaming.toWirePath("occurredAt")).isEqualTo("occurred_at");
        assertThat(WireNaming.toWirePath("customerAddress[0].address01")).isEqualTo("customer_address[0].address_01");
        assertThat(WireNaming.toWirePath("")).isEmpty();
    }

    @Test
    void leavesANameTheWireSpelledAsItIs() {
        assertThat(WireNaming.toWirePath("customer_address[0].address_01")).isEqualTo("customer_address[0].address_01");
        assertThat(WireNaming.toWirePath("user_info.app_key")).isEqualTo("user_info.app_key");
        assertThat(WireNaming.toWirePath("trck_nmr_fol")).isEqualTo("trck_nmr_fol");
    }
}
