package org.casillero.geo;

/** A city with the state and country it lies in. */
public record Place(
        int cityCode,
        String cityName,
        int stateCode,
        String stateName,
        int countryCode,
        String countryName,
        String countryIsoCode) {}
