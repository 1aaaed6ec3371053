package org.casillero.admin;

import org.casillero.partner.Partner;
import org.casillero.partner.PartnerAdministration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "partner",
        description = "Commercial partners (copa_id): the stores and brands whose customers these are.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = PartnerSiteCommand.class)
class PartnerCommand extends CommandGroup {
    private final PartnerAdministration partners;

    PartnerCommand(PartnerAdministration partners) {
        this.partners = partners;
    }

    @Command(name = "create", description = "Create a partner.")
    void create(
            @Option(
                            names = "--copa-id",
                            required = true,
                            paramLabel = "ID",
                            description = "Its copa_id, a positive number.")
                    int copaId,
            @Option(
                            names = "--name",
                            required = true,
                            paramLabel = "NAME",
                            description = "Its name (1 to 200 characters).")
                    String name) {
        Partner partner = partners.createPartner(copaId, name);
        out().printf("Created partner %d (%s).%n", partner.copaId(), partner.name());
    }

    @Command(name = "list", description = "List the partners.")
    void list() {
        Table table = new Table("COPA_ID", "NAME", "CREATED");
        partners.partners().forEach(p -> table.row(p.copaId(), p.name(), p.createdAt()));
        table.print(out(), "No partners.");
    }
}
