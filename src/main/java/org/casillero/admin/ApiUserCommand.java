package org.casillero.admin;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.casillero.partner.PartnerAdministration;
import org.casillero.partner.PartnerAdministration.NewApiUser;
import org.casillero.shared.Secret;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "api-user",
        description = "API users (user_code and app_key): the credentials a partner's integration sends.",
        synopsisSubcommandLabel = "COMMAND")
class ApiUserCommand extends CommandGroup {
    private final PartnerAdministration partners;

    ApiUserCommand(PartnerAdministration partners) {
        this.partners = partners;
    }

    @Command(
            name = "create",
            description = {
                "Create an enabled API user acting for one or more partners, with a new app key.",
                "The app key is shown once, here: only its hash is stored."
            })
    void create(
            @Option(
                            names = "--user-code",
                            required = true,
                            paramLabel = "CODE",
                            description = "Its user_code, a positive number.")
                    int userCode,
            @Option(
                            names = "--partner",
                            required = true,
                            split = ",",
                            paramLabel = "COPA_ID",
                            description = "A partner it acts for; repeat it, or separate with commas, for several.")
                    List<Integer> copaIds) {
        NewApiUser created = partners.createApiUser(userCode, new LinkedHashSet<>(copaIds));
        out().printf(
                        "Created API user %d for partner(s) %s.%n",
                        created.user().userCode(), joined(created.user().copaIds()));
        printKey(created.appKey());
    }

    @Command(name = "list", description = "List the API users with their partners (never their keys).")
    void list() {
        Table table = new Table("USER_CODE", "ENABLED", "PARTNERS", "CREATED");
        partners.apiUsers().forEach(u -> table.row(u.userCode(), u.enabled(), joined(u.copaIds()), u.createdAt()));
        table.print(out(), "No API users.");
    }

    @Command(name = "grant", description = "Let an API user act for one more partner.")
    void grant(
            @Option(names = "--user-code", required = true, paramLabel = "CODE", description = "The API user.")
                    int userCode,
            @Option(names = "--partner", required = true, paramLabel = "COPA_ID", description = "The partner.")
                    int copaId) {
        boolean granted = partners.grant(userCode, copaId);
        out().printf(
                        granted
                                ? "API user %d may now act for partner %d.%n"
                                : "API user %d already acts for partner %d.%n",
                        userCode,
                        copaId);
    }

    @Command(
            name = "rotate-key",
            description = {
                "Give an API user a new app key: the old one stops working at once.",
                "The new key is shown once, here."
            })
    void rotateKey(
            @Option(names = "--user-code", required = true, paramLabel = "CODE", description = "The API user.")
                    int userCode) {
        Secret appKey = partners.rotateAppKey(userCode);
        out().printf("Replaced the app key of API user %d; the old key no longer works.%n", userCode);
        printKey(appKey);
    }

    @Command(name = "disable", description = "Refuse every request of an API user until it is enabled again.")
    void disable(
            @Option(names = "--user-code", required = true, paramLabel = "CODE", description = "The API user.")
                    int userCode) {
        setEnabled(userCode, false);
    }

    @Command(name = "enable", description = "Accept an API user's requests again.")
    void enable(
            @Option(names = "--user-code", required = true, paramLabel = "CODE", description = "The API user.")
                    int userCode) {
        setEnabled(userCode, true);
    }

    @Command(
            name = "audit",
            description = "An API user's audit trail: changes the servers made to it (the demo data's), when and why.")
    void audit(
            @Option(names = "--user-code", required = true, paramLabel = "CODE", description = "The API user.")
                    int userCode) {
        Table table = new Table("AT", "BY", "ACTION", "DETAIL");
        partners.auditTrail(userCode).forEach(e -> table.row(e.at(), e.actor(), e.action(), e.detail()));
        table.print(out(), "No changes recorded.");
    }

    private void setEnabled(int userCode, boolean enabled) {
        if (partners.setEnabled(userCode, enabled)) {
            out().printf("%s API user %d.%n", enabled ? "Enabled" : "Disabled", userCode);
        } else {
            out().printf("API user %d was already %s.%n", userCode, enabled ? "enabled" : "disabled");
        }
    }

    private void printKey(Secret appKey) {
        out().println("app_key: " + appKey.value());
        out().println("Store this key now: it is not stored and cannot be shown again.");
    }

    private static String joined(List<Integer> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
