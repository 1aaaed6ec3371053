package org.casillero.admin;

import java.util.List;
import org.casillero.customer.Actor;
import org.casillero.customer.CustomerAdministration;
import org.casillero.customer.CustomerOverview;
import org.casillero.payment.CardsOnFile;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(
        name = "customer",
        description = "Customers of every partner: find them, disable and enable them, give them a new key, read"
                + " their audit trail and their cards.",
        synopsisSubcommandLabel = "COMMAND")
class CustomerCommand extends CommandGroup {

    private final CustomerAdministration customers;
    private final CardsOnFile cards;

    CustomerCommand(CustomerAdministration customers, CardsOnFile cards) {
        this.customers = customers;
        this.cards = cards;
    }

    @Command(name = "find", description = "Find a customer by box id, or the customers with an e-mail address.")
    void find(
            @Option(names = "--box-id", paramLabel = "BOX_ID", description = "The customer's box id.") @Nullable
                    Long boxId,
            @Option(names = "--email", paramLabel = "EMAIL", description = "The customer's e-mail address (any case).")
                    @Nullable
                    String email,
            @Option(
                            names = "--partner",
                            paramLabel = "COPA_ID",
                            description = "With --email: only this partner's customer.")
                    @Nullable
                    Integer copaId) {
        if ((boxId == null) == (email == null)) {
            throw new ParameterException(spec.commandLine(), "Give exactly one of --box-id and --email");
        }
        if (boxId != null && copaId != null) {
            throw new ParameterException(spec.commandLine(), "--partner goes with --email only");
        }
        List<CustomerOverview> found =
                boxId != null ? List.of(customers.findByBoxId(boxId)) : customers.findByEmail(email, copaId);
        Table table = new Table(
                "BOX_ID",
                "COPA_ID",
                "EMAIL",
                "FIRST_NAME",
                "LAST_NAME",
                "ACTIVE",
                "ENABLED",
                "VIP",
                "BUSINESS",
                "ENROLLED");
        found.forEach(c -> table.row(
                c.boxId(),
                c.copaId(),
                c.email(),
                c.firstName(),
                c.lastName(),
                c.flags().active(),
                c.flags().enabled(),
                c.flags().vip(),
                c.flags().business(),
                c.enrolledAt()));
        table.print(out(), "No customer has this e-mail address.");
    }

    /** The customer to enable, disable or give a new key, and who does it. */
    static class StateChange {
        @Option(names = "--box-id", required = true, paramLabel = "BOX_ID", description = "The customer's box id.")
        long boxId;

        @Option(
                names = "--operator",
                paramLabel = "NAME",
                defaultValue = "${sys:user.name}",
                description = "Who you are, for the audit trail (default: your login name, ${DEFAULT-VALUE}).")
        String operator = "";
    }

    @Command(name = "disable", description = "Disable a customer's account: the customer can no longer log in.")
    void disable(@Mixin StateChange change) {
        setEnabled(change, false);
    }

    @Command(name = "enable", description = "Enable a customer's account again.")
    void enable(@Mixin StateChange change) {
        setEnabled(change, true);
    }

    @Command(
            name = "rotate-key",
            description = "Give a customer a new customer key: the old one stops working (on every server within"
                    + " two seconds). Prints nothing secret: the partner gets the new key through the customer's"
                    + " login or its lookup.")
    void rotateKey(@Mixin StateChange change) {
        customers.rotateKey(change.boxId, operator(change.operator));
        out().printf(
                        "Gave customer %d a new key; the old key no longer works. Its partner gets the new key through the"
                                + " customer's login or the partner's lookup.%n",
                        change.boxId);
    }

    @Command(
            name = "audit",
            description = "A customer's audit trail: every change, when, by whom, and the fields it changed.")
    void audit(
            @Option(names = "--box-id", required = true, paramLabel = "BOX_ID", description = "The customer's box id.")
                    long boxId) {
        Table table = new Table("AT", "BY", "ACTION", "FIELDS");
        customers
                .auditTrail(boxId)
                .forEach(e -> table.row(e.at(), e.actor(), e.action(), String.join(",", e.fields())));
        table.print(out(), "No changes recorded.");
    }

    @Command(
            name = "cards",
            description = "The cards a customer attached to its box, oldest first (never their numbers), and the"
                    + " other boxes that attached the same card.")
    void cards(
            @Option(names = "--box-id", required = true, paramLabel = "BOX_ID", description = "The customer's box id.")
                    long boxId) {
        customers.findByBoxId(boxId);
        Table table = new Table("BRAND", "LAST_FOUR", "EXPIRES", "HOLDER", "ATTACHED", "ALSO_ON_BOXES");
        cards.ofBox(boxId)
                .forEach(c -> table.row(
                        c.card().brand(),
                        c.card().lastFour(),
                        c.card().expiry(),
                        c.card().holderName(),
                        c.card().attachedAt(),
                        c.otherBoxIds().isEmpty()
                                ? "-"
                                : String.join(
                                        ",",
                                        c.otherBoxIds().stream()
                                                .map(String::valueOf)
                                                .toList())));
        table.print(out(), "No cards attached.");
    }

    private void setEnabled(StateChange change, boolean enabled) {
        if (customers.setEnabled(change.boxId, enabled, operator(change.operator))) {
            out().printf("%s customer %d.%n", enabled ? "Enabled" : "Disabled", change.boxId);
        } else {
            out().printf("Customer %d was already %s.%n", change.boxId, enabled ? "enabled" : "disabled");
        }
    }

    private Actor operator(String name) {
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 80 || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new ParameterException(spec.commandLine(), "--operator must have 1 to 80 printable characters");
        }
        return Actor.operator(trimmed);
    }
}
