package org.casillero.partner;

import org.casillero.shared.InvalidField;
import org.springframework.stereotype.Service;

/**
 * A partner site finds its partner by its own URL (get-copa-by-url) before each sign-up. Only a
 * partner the API user acts for answers; any other site is not listed, as an unknown one is.
 */
@Service
public class PartnerSites {
    private final PartnerSiteRepository sites;

    PartnerSites(PartnerSiteRepository sites) {
        this.sites = sites;
    }

    public PartnerSite resolve(ApiClient client, String url) {
        String domain = SiteDomain.of(url)
                .orElseThrow(
                        () -> new InvalidField("copaUrl", "must be a site's URL, such as https://shop.example.com"));
        return sites.find(domain)
                .filter(site -> client.mayActFor(site.copaId()))
                .orElseThrow(SiteNotListed::new);
    }
}
