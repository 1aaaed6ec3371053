package org.casillero.partner.web;

import java.util.Objects;
import org.casillero.partner.ApiClient;
import org.casillero.partner.PartnerSite;
import org.casillero.partner.PartnerSites;
import org.casillero.shared.web.BoxBody;
import org.casillero.shared.web.BoxController;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * get-copa-by-url: the partner of a site, by the site's URL. One element: the partner ({@code
 * copa_id}), which is also the site's default ({@code copa_id_default}, and {@code
 * copa_domain_group_default} 1), since a domain belongs to one partner. A site not listed answers
 * {@code _verify: false}, and real clients fall back to the partner they are configured with.
 */
@BoxController
class PartnerSiteController {
    private final PartnerSites sites;

    PartnerSiteController(PartnerSites sites) {
        this.sites = sites;
    }

    record CopaResponse(int copaDomainGroupDefault, int copaId, int copaIdDefault) {
        static CopaResponse of(PartnerSite site) {
            return new CopaResponse(1, site.copaId(), site.copaId());
        }
    }

    @PostMapping("/wcf-services/service-partner.svc/partner/get-copa-by-url")
    CopaResponse getCopaByUrl(ApiClient client, @BoxBody CopaByUrlRequest request) {
        return CopaResponse.of(sites.resolve(client, Objects.requireNonNull(request.copaUrl())));
    }
}
