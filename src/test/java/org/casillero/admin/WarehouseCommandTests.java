package org.casillero.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casillero.BoxApiTest;
import org.casillero.geo.Geography;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The operator sets up a warehouse, its staff and a partner's tariff from the command line. */
class WarehouseCommandTests extends BoxApiTest {
    @Autowired
    Geography geography;

    private static final Pattern TOKEN = Pattern.compile("token: (\\S+)");

    @Autowired
    AdminCli cli;

    record Run(int status, String out, String err) {}

    @Test
    void setsUpAWarehouseWhoseStaffTokenOpensTheWarehouseApi() {
        String code = "C" + (System.nanoTime() % 1_000_000);
        Run warehouse = admin(
                "warehouse",
                "create",
                "--code",
                code,
                "--name",
                "Casillero Miami",
                "--address",
                "7801 NW 15th Street, Doral, FL 33126",
                "--us-address",
                "7701",
                "--iata",
                "MIA");
        Run again = admin(
                "warehouse",
                "create",
                "--code",
                code,
                "--name",
                "Again",
                "--address",
                "x",
                "--us-address",
                "1",
                "--iata",
                "MIA");
        String name = "alice-" + code;
        Run staff = admin("staff", "create", "--name", name, "--warehouse", code);
        Run unknownWarehouse = admin("staff", "create", "--name", name + "-2", "--warehouse", "NOPE");
        String token = token(staff.out());

        assertThat(warehouse.status()).as(warehouse.err()).isZero();
        assertThat(admin("warehouse", "list").out()).contains(code, "Casillero Miami", "MIA");
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.err()).contains("--code", "already a warehouse");
        assertThat(unknownWarehouse.status()).isEqualTo(1);
        assertThat(statuses(token)).isEqualTo(200);
        assertThat(admin("staff", "list").out()).contains(name, code).doesNotContain(token);

        String rotated = token(admin("staff", "rotate-token", "--name", name).out());
        assertThat(statuses(token)).isEqualTo(401);
        assertThat(statuses(rotated)).isEqualTo(200);
        assertThat(admin("staff", "disable", "--name", name).status()).isZero();
        assertThat(statuses(rotated)).isEqualTo(401);
        assertThat(admin("staff", "enable", "--name", name).status()).isZero();
        assertThat(statuses(rotated)).isEqualTo(200);
    }

    @Test
    void namesTheOptionAtFaultAsTheOperatorTypedIt() {
        String code = "D" + (System.nanoTime() % 1_000_000);
        Run badIata = admin(
                "warehouse",
                "create",
                "--code",
                code,
                "--name",
                "N",
                "--address",
                "A",
                "--us-address",
                "1",
                "--iata",
                "mia");
        Run longUsAddress = admin(
                "warehouse",
                "create",
                "--code",
                code,
                "--name",
                "N",
                "--address",
                "A",
                "--us-address",
                "x".repeat(21),
                "--iata",
                "MIA");
        Run blankAddress = admin(
                "warehouse",
                "create",
                "--code",
                code,
                "--name",
                "N",
                "--address",
                " ",
                "--us-address",
                "1",
                "--iata",
                "MIA");
        Run unknownWarehouse = admin("staff", "create", "--name", "bob-" + code, "--warehouse", "NOPE");
        Run unknownStaff = admin("staff", "disable", "--name", "nobody-" + code);

        assertThat(badIata.err()).isEqualTo("error: --iata must be an airport's three-letter IATA code\n");
        assertThat(longUsAddress.err()).isEqualTo("error: --us-address must have 1 to 20 characters\n");
        assertThat(blankAddress.err()).isEqualTo("error: --address must have 1 to 200 characters\n");
        assertThat(unknownWarehouse.err()).isEqualTo("error: --warehouse NOPE is not a warehouse\n");
        assertThat(unknownStaff.err()).isEqualTo("error: --name nobody-" + code + " is not a staff member\n");
    }

    @Test
    void setsAndShowsAPartnersTariff() {
        Run set =
                admin("tariff", "set", "--partner", "616", "--per-lb", "3.50", "--minimum", "6.5", "--discount", "10");
        Run badDiscount = admin("tariff", "set", "--partner", "616", "--per-lb", "1", "--discount", "150");
        Run unknownPartner = admin("tariff", "set", "--partner", "999999", "--per-lb", "1");

        assertThat(set.status()).as(set.err()).isZero();
        assertThat(admin("tariff", "show", "--partner", "616").out())
                .contains("3.5", "minimum 6.5", "discount 10%", "divisor 166");
        assertThat(badDiscount.status()).isEqualTo(1);
        assertThat(badDiscount.err()).contains("--discount");
        assertThat(unknownPartner.status()).isEqualTo(1);
        assertThat(unknownPartner.err()).contains("--partner");
    }

    @Test
    void setsShowsAndRemovesACountrysInvoiceRule() {
        int country = geography.countries().stream()
                .filter(c -> !c.isoCode().equals("MX"))
                .findFirst()
                .orElseThrow()
                .code();
        String code = String.valueOf(country);

        Run set = admin(
                "invoice-rule", "set", "--country", code, "--above", "200.00", "--family", "PAE", "--family", "TEL");
        Run nothing = admin("invoice-rule", "set", "--country", code);
        Run badFamily = admin("invoice-rule", "set", "--country", code, "--family", "pae");
        Run unknownCountry = admin("invoice-rule", "set", "--country", "99999999", "--above", "1");

        assertThat(set.status()).as(set.err()).isZero();
        assertThat(admin("invoice-rule", "show", "--country", code).out())
                .contains("Country " + code + ": invoice required above 200; families PAE, TEL.");
        assertThat(nothing.status()).isEqualTo(1);
        assertThat(nothing.err()).contains("--above", "--family");
        assertThat(badFamily.err()).contains("--family");
        assertThat(unknownCountry.err()).contains("--country");
        assertThat(admin("invoice-rule", "remove", "--country", code).out()).contains("Removed");
        assertThat(admin("invoice-rule", "show", "--country", code).out()).contains("has no invoice rule");
    }

    private int statuses(String token) {
        return box.send(HttpRequest.newBuilder(URI.create(box.base() + "/warehouse/v1/statuses"))
                        .header("Authorization", "Bearer " + token)
                        .GET())
                .status();
    }

    private static String token(String out) {
        Matcher matcher = TOKEN.matcher(out);
        assertThat(matcher.find()).as(out).isTrue();
        return matcher.group(1);
    }

    private Run admin(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = cli.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString());
    }
}
