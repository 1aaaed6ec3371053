package org.casillero.shipment.web;

import java.net.URI;
import org.casillero.shared.CasilleroSettings;
import org.casillero.shipment.InvoiceFile;
import org.casillero.shipment.invoice.InvoiceLinks;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The full download link of an invoice file, fresh for every answer: the server's address (the
 * configured public URL, else the one the request came to) and the signed path.
 */
@Component
class InvoiceUrls {
    private final InvoiceLinks links;
    private final @Nullable URI publicUrl;

    InvoiceUrls(InvoiceLinks links, CasilleroSettings settings) {
        this.links = links;
        this.publicUrl = settings.invoices().publicUrl();
    }

    String of(@Nullable InvoiceFile file) {
        if (file == null || !file.uploaded()) {
            return "";
        }
        String base = publicUrl != null
                ? publicUrl.toString()
                : ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
                + links.pathOf(file.invoiceId(), file.storedName());
    }
}
