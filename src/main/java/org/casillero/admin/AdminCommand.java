package org.casillero.admin;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

@Command(
        name = Admin.COMMAND,
        description = "Operator commands: partners and their sites, API users, customers and their cards, geographic"
                + " data, warehouses, staff, tariffs, product families, customs and invoice rules.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {
            PartnerCommand.class,
            ApiUserCommand.class,
            CustomerCommand.class,
            GeoCommand.class,
            WarehouseCommand.class,
            StaffCommand.class,
            TariffCommand.class,
            FamilyCommand.class,
            CustomsCommand.class,
            InvoiceRuleCommand.class
        },
        footer = {
            "",
            "Exit status: 0 done, 1 refused (the message says why), 2 bad usage, 3 could not run.",
            "Settings (database, server secret) are the server's: environment variables, or --name=value before '"
                    + Admin.COMMAND + "'."
        })
class AdminCommand extends CommandGroup {
    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            scope = ScopeType.INHERIT,
            description = "Show this help and exit.")
    boolean help;
}
