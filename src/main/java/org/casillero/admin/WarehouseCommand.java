package org.casillero.admin;

import org.casillero.warehouse.Warehouse;
import org.casillero.warehouse.WarehouseAdministration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "warehouse",
        description = "Warehouses: where packages for customer boxes are received.",
        synopsisSubcommandLabel = "COMMAND")
class WarehouseCommand extends CommandGroup {
    private final WarehouseAdministration administration;

    WarehouseCommand(WarehouseAdministration administration) {
        this.administration = administration;
    }

    @Command(name = "create", description = "Create a warehouse.")
    void create(
            @Option(
                            names = "--code",
                            required = true,
                            paramLabel = "CODE",
                            description = "Its code (2 to 10 capitals or digits), e.g. MIA1.")
                    String code,
            @Option(
                            names = "--name",
                            required = true,
                            paramLabel = "NAME",
                            description = "Its name, shown as the company.")
                    String name,
            @Option(names = "--address", required = true, paramLabel = "ADDRESS", description = "Its street address.")
                    String address,
            @Option(
                            names = "--us-address",
                            required = true,
                            paramLabel = "NUMBER",
                            description = "The street number printed on customers' labels, e.g. 7701.")
                    String usAddress,
            @Option(
                            names = "--iata",
                            required = true,
                            paramLabel = "IATA",
                            description = "Its airport's IATA code, e.g. MIA.")
                    String iata,
            @Option(
                            names = "--office-code",
                            defaultValue = "1",
                            paramLabel = "N",
                            description = "Its office code (default 1).")
                    int officeCode) {
        Warehouse created = administration.create(new Warehouse(code, name, address, usAddress, iata, officeCode));
        out().printf("Created warehouse %s (%s, %s).%n", created.code(), created.name(), created.iataCode());
    }

    @Command(name = "list", description = "List the warehouses.")
    void list() {
        Table table = new Table("CODE", "NAME", "IATA", "ADDRESS");
        administration.warehouses().forEach(w -> table.row(w.code(), w.name(), w.iataCode(), w.companyAddress()));
        table.print(out(), "No warehouses.");
    }
}
