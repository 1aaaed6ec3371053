package org.casillero.admin;

import java.math.BigDecimal;
import org.casillero.rating.RatingAdministration;
import org.casillero.rating.Tariff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "tariff",
        description =
                "What a partner's shipments cost: price per charged pound, minimum, discount, volumetric divisor.",
        synopsisSubcommandLabel = "COMMAND")
class TariffCommand extends CommandGroup {
    private final RatingAdministration administration;

    TariffCommand(RatingAdministration administration) {
        this.administration = administration;
    }

    @Command(name = "set", description = "Set (or replace) a partner's tariff.")
    void set(
            @Option(names = "--partner", required = true, paramLabel = "COPA_ID", description = "The partner.")
                    int copaId,
            @Option(names = "--per-lb", required = true, paramLabel = "USD", description = "Price per charged pound.")
                    BigDecimal perLb,
            @Option(
                            names = "--minimum",
                            defaultValue = "0",
                            paramLabel = "USD",
                            description = "Least charge of a shipment (default 0).")
                    BigDecimal minimum,
            @Option(
                            names = "--discount",
                            defaultValue = "0",
                            paramLabel = "PERCENT",
                            description = "Discount in percent (default 0).")
                    BigDecimal discount,
            @Option(
                            names = "--divisor",
                            defaultValue = "166",
                            paramLabel = "IN3_PER_LB",
                            description = "Volumetric divisor in cubic inches per pound (default 166, IATA's).")
                    int divisor) {
        describe(administration.setTariff(new Tariff(copaId, perLb, minimum, discount, divisor)));
    }

    @Command(name = "show", description = "Show a partner's tariff.")
    void show(
            @Option(names = "--partner", required = true, paramLabel = "COPA_ID", description = "The partner.")
                    int copaId) {
        administration
                .tariff(copaId)
                .ifPresentOrElse(this::describe, () -> out().printf("Partner %d has no tariff.%n", copaId));
    }

    private void describe(Tariff t) {
        out().printf(
                        "Partner %d: %s per lb, minimum %s, discount %s%%, divisor %d.%n",
                        t.copaId(),
                        plain(t.pricePerLb()),
                        plain(t.minimumCharge()),
                        plain(t.discountPercent()),
                        t.volumetricDivisor());
    }

    private static String plain(BigDecimal amount) {
        return amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
    }
}
