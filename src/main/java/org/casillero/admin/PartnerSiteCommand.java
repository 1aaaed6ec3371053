package org.casillero.admin;

import org.casillero.partner.PartnerAdministration;
import org.casillero.partner.PartnerAdministration.SiteListed;
import org.casillero.partner.PartnerSite;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "site",
        description = "Partners' site domains: a partner site finds its partner by its URL (get-copa-by-url).",
        synopsisSubcommandLabel = "COMMAND")
class PartnerSiteCommand extends CommandGroup {
    private final PartnerAdministration partners;

    PartnerSiteCommand(PartnerAdministration partners) {
        this.partners = partners;
    }

    @Command(name = "add", description = "List a site domain as a partner's.")
    void add(
            @Option(names = "--partner", required = true, paramLabel = "COPA_ID", description = "The partner.")
                    int copaId,
            @Option(
                            names = "--domain",
                            required = true,
                            paramLabel = "DOMAIN",
                            description =
                                    "The site's domain or URL (shop.example.com; www. and the path do not count).")
                    String domain) {
        SiteListed site = partners.addSite(copaId, domain);
        out().printf(
                        site.added() ? "Listed %s as a site of partner %d.%n" : "%s already is a site of partner %d.%n",
                        site.domain(),
                        copaId);
    }

    @Command(name = "remove", description = "Remove a site domain from its partner's list.")
    void remove(
            @Option(
                            names = "--domain",
                            required = true,
                            paramLabel = "DOMAIN",
                            description = "The site's domain or URL.")
                    String domain) {
        PartnerSite removed = partners.removeSite(domain);
        out().printf("Removed %s from the sites of partner %d.%n", removed.domain(), removed.copaId());
    }

    @Command(name = "list", description = "List the site domains of one partner or of all.")
    void list(
            @Option(names = "--partner", paramLabel = "COPA_ID", description = "Only this partner's sites.") @Nullable
                    Integer copaId) {
        Table table = new Table("DOMAIN", "COPA_ID", "ADDED");
        partners.sites(copaId).forEach(site -> table.row(site.domain(), site.copaId(), site.addedAt()));
        table.print(out(), "No sites.");
    }
}
