package org.casillero.admin;

import java.math.BigDecimal;
import org.casillero.rating.CustomsRule;
import org.casillero.rating.RatingAdministration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "customs",
        description = "Import duties and taxes per destination country, for the calculator's estimates.",
        synopsisSubcommandLabel = "COMMAND")
class CustomsCommand extends CommandGroup {
    private final RatingAdministration administration;

    CustomsCommand(RatingAdministration administration) {
        this.administration = administration;
    }

    @Command(name = "set", description = "Set (or replace) a country's customs rule.")
    void set(
            @Option(
                            names = "--country",
                            required = true,
                            paramLabel = "CODE",
                            description = "The country_code, e.g. 155.")
                    int country,
            @Option(
                            names = "--de-minimis",
                            defaultValue = "0",
                            paramLabel = "USD",
                            description = "Value up to which nothing is due.")
                    BigDecimal deMinimis,
            @Option(names = "--duty", defaultValue = "0", paramLabel = "PERCENT", description = "Duty on the value.")
                    BigDecimal duty,
            @Option(
                            names = "--tax",
                            defaultValue = "0",
                            paramLabel = "PERCENT",
                            description = "Tax on the value plus duty.")
                    BigDecimal tax) {
        describe(administration.setCustomsRule(new CustomsRule(country, deMinimis, duty, tax)));
    }

    @Command(name = "show", description = "Show a country's customs rule.")
    void show(
            @Option(names = "--country", required = true, paramLabel = "CODE", description = "The country_code.")
                    int country) {
        administration
                .customsRule(country)
                .ifPresentOrElse(this::describe, () -> out().printf("Country %d has no customs rule.%n", country));
    }

    private void describe(CustomsRule rule) {
        out().printf(
                        "Country %d: nothing due up to %s, duty %s%%, tax %s%%.%n",
                        rule.countryCode(),
                        rule.deMinimis().stripTrailingZeros().toPlainString(),
                        rule.dutyPercent().stripTrailingZeros().toPlainString(),
                        rule.taxPercent().stripTrailingZeros().toPlainString());
    }
}
