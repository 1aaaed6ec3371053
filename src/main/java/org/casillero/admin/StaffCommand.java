package org.casillero.admin;

import org.casillero.shared.Secret;
import org.casillero.warehouse.StaffAdministration;
import org.casillero.warehouse.StaffAdministration.NewStaff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "staff",
        description = "Warehouse staff and scanners: each has a token for the warehouse API.",
        synopsisSubcommandLabel = "COMMAND")
class StaffCommand extends CommandGroup {
    private final StaffAdministration staff;

    StaffCommand(StaffAdministration staff) {
        this.staff = staff;
    }

    @Command(
            name = "create",
            description = {"Create a staff member of a warehouse.", "Its token is shown once, here."})
    void create(
            @Option(
                            names = "--name",
                            required = true,
                            paramLabel = "NAME",
                            description = "Its name, as the audit trail shows it.")
                    String name,
            @Option(names = "--warehouse", required = true, paramLabel = "CODE", description = "Its warehouse.")
                    String warehouse) {
        NewStaff created = staff.create(name, warehouse);
        out().printf("Created staff member %s of warehouse %s.%n", created.name(), created.warehouseCode());
        printToken(created.token());
    }

    @Command(name = "list", description = "List the staff members (never their tokens).")
    void list() {
        Table table = new Table("NAME", "WAREHOUSE", "ENABLED", "CREATED");
        staff.staff().forEach(m -> table.row(m.name(), m.warehouse().code(), m.enabled(), m.createdAt()));
        table.print(out(), "No staff members.");
    }

    @Command(name = "disable", description = "Refuse every request of a staff member.")
    void disable(
            @Option(names = "--name", required = true, paramLabel = "NAME", description = "The staff member.")
                    String name) {
        staff.setEnabled(name, false);
        out().printf("Disabled staff member %s.%n", name);
    }

    @Command(name = "enable", description = "Accept a disabled staff member's requests again.")
    void enable(
            @Option(names = "--name", required = true, paramLabel = "NAME", description = "The staff member.")
                    String name) {
        staff.setEnabled(name, true);
        out().printf("Enabled staff member %s.%n", name);
    }

    @Command(
            name = "rotate-token",
            description = {"Give a staff member a new token: the old one stops working at once.", "Shown once, here."})
    void rotateToken(
            @Option(names = "--name", required = true, paramLabel = "NAME", description = "The staff member.")
                    String name) {
        Secret token = staff.rotateToken(name);
        out().printf("Replaced the token of staff member %s; the old token no longer works.%n", name);
        printToken(token);
    }

    private void printToken(Secret token) {
        out().printf("token: %s   (store it now: it cannot be shown again)%n", token.value());
    }
}
