package org.casillero.admin;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.casillero.rating.InvoiceRule;
import org.casillero.rating.RatingAdministration;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "invoice-rule",
        description = "When a destination country's customs want a commercial invoice: packages received for"
                + " boxes there are held until the customer provides one.",
        synopsisSubcommandLabel = "COMMAND")
class InvoiceRuleCommand extends CommandGroup {
    private final RatingAdministration administration;

    InvoiceRuleCommand(RatingAdministration administration) {
        this.administration = administration;
    }

    @Command(name = "set", description = "Set (or replace) a country's invoice rule.")
    void set(
            @Option(
                            names = "--country",
                            required = true,
                            paramLabel = "CODE",
                            description = "The country_code, e.g. 155.")
                    int country,
            @Option(
                            names = "--above",
                            paramLabel = "USD",
                            description = "An invoice is needed for a declared value above this.")
                    @Nullable
                    BigDecimal above,
            @Option(
                            names = "--family",
                            paramLabel = "CODE",
                            description = "A product family that always needs an invoice (repeatable).")
                    @Nullable
                    List<String> families) {
        describe(administration.setInvoiceRule(
                new InvoiceRule(country, above, Set.copyOf(families == null ? List.of() : families))));
    }

    @Command(name = "show", description = "Show a country's invoice rule.")
    void show(
            @Option(names = "--country", required = true, paramLabel = "CODE", description = "The country_code.")
                    int country) {
        administration
                .invoiceRule(country)
                .ifPresentOrElse(this::describe, () -> out().printf("Country %d has no invoice rule.%n", country));
    }

    @Command(name = "remove", description = "Remove a country's invoice rule (packages already held stay held).")
    void remove(
            @Option(names = "--country", required = true, paramLabel = "CODE", description = "The country_code.")
                    int country) {
        out().printf(
                        administration.removeInvoiceRule(country)
                                ? "Removed the invoice rule of country %d.%n"
                                : "Country %d has no invoice rule.%n",
                        country);
    }

    private void describe(InvoiceRule rule) {
        String above = rule.valueAbove() == null
                ? "no value limit"
                : "above " + rule.valueAbove().stripTrailingZeros().toPlainString();
        String families = rule.families().isEmpty()
                ? "no family"
                : "families "
                        + String.join(", ", rule.families().stream().sorted().toList());
        out().printf("Country %d: invoice required %s; %s.%n", rule.countryCode(), above, families);
    }
}
