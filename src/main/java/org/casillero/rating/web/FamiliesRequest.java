package org.casillero.rating.web;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** The body of search-family-products-copa: the partner, and the language of the names (ESP or ENG). */
record FamiliesRequest(
        @NotNull @Nullable Integer copaId, @Nullable String languageCode) {}
