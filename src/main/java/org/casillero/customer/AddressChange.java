package org.casillero.customer;

import org.casillero.customer.ContactRepository.AddressRow;
import org.jspecify.annotations.Nullable;

/**
 * A change to one address and its phone, as update-address-info sends it: a city code of 0 and an
 * absent field (the wire reads "" as absent) keep the stored value.
 */
public record AddressChange(
        @Nullable Integer cityCode,
        @Nullable String phoneArea,
        @Nullable String phoneNumber,
        @Nullable String phoneExtension,
        @Nullable String localityTown,
        @Nullable String neighborhood,
        @Nullable String address01,
        @Nullable String zipCode) {

    boolean changesCity() {
        return cityCode != null && cityCode != 0;
    }

    AddressRow applyTo(AddressRow row) {
        Phone phone = row.phone();
        return new AddressRow(
                row.addressId(),
                changesCity() ? cityCode : row.cityCode(),
                keep(localityTown, row.localityTown()),
                keep(neighborhood, row.neighborhood()),
                keep(address01, row.address01()),
                keep(zipCode, row.zipCode()),
                new Phone(
                        phone.phoneId(),
                        keep(phoneArea, phone.areaCode()),
                        keep(phoneNumber, phone.number()),
                        keep(phoneExtension, phone.extension()),
                        phone.type()));
    }

    private static String keep(@Nullable String given, String stored) {
        return given == null ? stored : given;
    }
}
