package org.casillero.admin;

import java.math.BigDecimal;
import org.casillero.rating.ProductFamily;
import org.casillero.rating.RatingAdministration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "family",
        description = "A partner's product families (fmpr_cdg): names and surcharge, for shipments and the calculator.",
        synopsisSubcommandLabel = "COMMAND")
class FamilyCommand extends CommandGroup {
    private final RatingAdministration administration;

    FamilyCommand(RatingAdministration administration) {
        this.administration = administration;
    }

    @Command(name = "set", description = "Set (or replace) a product family of a partner.")
    void set(
            @Option(names = "--partner", required = true, paramLabel = "COPA_ID", description = "The partner.")
                    int copaId,
            @Option(names = "--code", required = true, paramLabel = "CODE", description = "Its code, e.g. PAE.")
                    String code,
            @Option(names = "--name", required = true, paramLabel = "NAME", description = "Its name in English.")
                    String name,
            @Option(
                            names = "--name-es",
                            paramLabel = "NAME",
                            description = "Its name in Spanish (default: the English one).")
                    String nameEs,
            @Option(
                            names = "--surcharge",
                            defaultValue = "0",
                            paramLabel = "PERCENT",
                            description = "Surcharge on the shipping rate (default 0).")
                    BigDecimal surcharge) {
        ProductFamily family = administration.setFamily(
                new ProductFamily(copaId, code, name, nameEs == null ? name : nameEs, surcharge));
        out().printf(
                        "Partner %d: family %s (%s / %s), surcharge %s%%.%n",
                        copaId,
                        family.code(),
                        family.nameEng(),
                        family.nameEsp(),
                        family.surchargePercent().stripTrailingZeros().toPlainString());
    }

    @Command(name = "list", description = "List a partner's product families.")
    void list(
            @Option(names = "--partner", required = true, paramLabel = "COPA_ID", description = "The partner.")
                    int copaId) {
        Table table = new Table("CODE", "NAME", "NAME_ES", "SURCHARGE_%");
        administration
                .families(copaId)
                .forEach(f -> table.row(
                        f.code(),
                        f.nameEng(),
                        f.nameEsp(),
                        f.surchargePercent().stripTrailingZeros().toPlainString()));
        table.print(out(), "No product families.");
    }
}
