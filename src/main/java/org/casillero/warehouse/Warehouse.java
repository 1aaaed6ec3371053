package org.casillero.warehouse;

/**
 * A warehouse that receives packages for customer boxes: its code, its name (the Box API's
 * {@code company} and {@code office_name}), its address, the street number printed as
 * {@code us_address}, its airport (IATA code of origin) and office code.
 */
public record Warehouse(
        String code, String name, String companyAddress, String usAddress, String iataCode, int officeCode) {}
