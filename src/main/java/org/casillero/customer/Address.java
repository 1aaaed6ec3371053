package org.casillero.customer;

import org.casillero.geo.Place;

/** A postal address with its place and its phone (the address phone). */
public record Address(
        long addressId,
        Place place,
        String localityTown,
        String neighborhood,
        String address01,
        String zipCode,
        Phone phone) {}
