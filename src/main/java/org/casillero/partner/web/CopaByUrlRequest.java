package org.casillero.partner.web;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** The body of get-copa-by-url: the partner site's own URL (WordPress's {@code get_site_url()}). */
record CopaByUrlRequest(@NotNull @Nullable String copaUrl) {}
