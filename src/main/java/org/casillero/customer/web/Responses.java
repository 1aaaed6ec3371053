package org.casillero.customer.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.casillero.customer.AccountSummary;
import org.casillero.customer.AccountType;
import org.casillero.customer.Address;
import org.casillero.customer.AddressInfo;
import org.casillero.customer.CustomerDetails;
import org.casillero.customer.CustomerProfile;
import org.casillero.customer.EmailChanged;
import org.casillero.customer.PersonalInfo;
import org.casillero.customer.Phone;
import org.casillero.customer.Registered;
import org.jspecify.annotations.Nullable;

/**
 * The answers of the customer operations, field for field as the seeds show them (the wire layer
 * adds {@code _verify} and {@code error}). Absent numbers answer 0 and absent texts "", as the
 * reference does.
 */
final class Responses {
    private Responses() {
        throw new AssertionError();
    }

    record RegistrationResponse(long customerBoxId, String customerKey) {
        static RegistrationResponse of(Registered registered) {
            return new RegistrationResponse(
                    registered.boxId(), registered.customerKey().value());
        }
    }

    record CustomerInfoResponse(
            int boxStatus,
            long custId,
            List<AddressItem> customerAddress,
            LocalDate customerBirthDate,
            String customerCampaign,
            String customerEmail,
            boolean customerEmailAgreement,
            String customerFirstName,
            String customerGender,
            String customerIdentityNumber,
            String customerLastName,
            List<PhoneItem> customerPhone,
            @JsonProperty("customer_refered_by") long referredBy,
            long customerTaxNumber,
            boolean isActive,
            boolean isBusiness,
            boolean isEnable,
            boolean isVip,
            String lastPaymentMethod) {

        static CustomerInfoResponse of(CustomerProfile profile) {
            CustomerDetails c = profile.details();
            long custId = c.custId();
            return new CustomerInfoResponse(
                    boxStatusCode(c),
                    custId,
                    profile.addresses().stream()
                            .map(a -> AddressItem.of(custId, a))
                            .toList(),
                    c.birthDate(),
                    orEmpty(c.campaign()),
                    c.email(),
                    c.emailAgreement(),
                    c.firstName(),
                    c.gender().name(),
                    c.identityNumber(),
                    c.lastName(),
                    profile.phones().stream()
                            .map(phone -> PhoneItem.of(custId, phone))
                            .toList(),
                    orZero(c.referredBy()),
                    orZero(c.taxNumber()),
                    c.flags().active(),
                    c.flags().business(),
                    c.flags().enabled(),
                    c.flags().vip(),
                    profile.paymentMethod());
        }
    }

    /**
     * The box's state as get-info's {@code box_status} codes it (README): 0 not activated yet, 1
     * active, 5 active and consolidating. (A disabled customer's key opens nothing.) Real clients
     * only test for 5.
     */
    static int boxStatusCode(CustomerDetails customer) {
        if (!customer.flags().active()) {
            return 0;
        }
        return customer.consolidating() ? 5 : 1;
    }

    /** The answer of start- and end-consolidation (clients ignore it): the box and its new status. */
    record ConsolidationModeResponse(long customerBoxId, int boxStatus) {}

    record AddressItem(
            String address01,
            long addressId,
            int cityCode,
            String cityName,
            int countryCode,
            String countryName,
            String ctryIsoCode,
            long custId,
            String localityTown,
            String neighborhood,
            String phoneArea,
            String phoneExtension,
            String phoneNumber,
            int stateCode,
            String stateName,
            String zipCode) {

        static AddressItem of(long custId, Address a) {
            return new AddressItem(
                    a.address01(),
                    a.addressId(),
                    a.place().cityCode(),
                    a.place().cityName(),
                    a.place().countryCode(),
                    a.place().countryName(),
                    a.place().countryIsoCode(),
                    custId,
                    a.localityTown(),
                    a.neighborhood(),
                    a.phone().areaCode(),
                    a.phone().extension(),
                    a.phone().number(),
                    a.place().stateCode(),
                    a.place().stateName(),
                    a.zipCode());
        }
    }

    record PhoneItem(
            long custId, String phoneAreaCode, String phoneExtension, long phoneId, String phoneNumber, int phoneType) {

        static PhoneItem of(long custId, Phone p) {
            return new PhoneItem(custId, p.areaCode(), p.extension(), p.phoneId(), p.number(), p.type());
        }
    }

    record PersonalInfoResponse(
            long custId,
            LocalDate customerBirthDate,
            String customerFirstName,
            String customerGender,
            String customerIdentityNumber,
            String customerLastName,
            long customerTaxNumber) {

        static PersonalInfoResponse of(PersonalInfo p) {
            return new PersonalInfoResponse(
                    p.custId(),
                    p.birthDate(),
                    p.firstName(),
                    p.gender().name(),
                    p.identityNumber(),
                    p.lastName(),
                    orZero(p.taxNumber()));
        }
    }

    record AccountTypeResponse(long customerBoxId, boolean isBusiness, boolean isVip) {
        static AccountTypeResponse of(AccountType t) {
            return new AccountTypeResponse(t.boxId(), t.business(), t.vip());
        }
    }

    record AccountResponse(
            @Nullable Instant activationDate,
            String ctryIsoCode,
            List<AddressItem> customerAddress,
            long customerBoxId,
            String customerFirstName,
            String customerKey,
            String customerLastName,
            Instant enrolmentDate,
            boolean isActive,
            boolean isBusiness,
            boolean isEnable,
            boolean isVip) {

        static AccountResponse of(AccountSummary a) {
            return new AccountResponse(
                    a.activatedAt(),
                    a.countryIsoCode(),
                    a.addresses().stream()
                            .map(address -> AddressItem.of(a.custId(), address))
                            .toList(),
                    a.boxId(),
                    a.firstName(),
                    a.customerKey().value(),
                    a.lastName(),
                    a.enrolledAt(),
                    a.flags().active(),
                    a.flags().business(),
                    a.flags().enabled(),
                    a.flags().vip());
        }
    }

    record EmailUpdateResponse(long customerBoxId, String customerEmail, String customerKey) {
        static EmailUpdateResponse of(EmailChanged changed) {
            return new EmailUpdateResponse(
                    changed.boxId(), changed.email(), changed.customerKey().value());
        }
    }

    record PasswordUpdateResponse(int updatedRows) {}

    record AddressInfoResponse(List<AddressInfoItem> customerAddress, List<PhoneInfoItem> customerPhone) {
        static AddressInfoResponse of(AddressInfo info) {
            return new AddressInfoResponse(
                    info.addresses().stream().map(AddressInfoItem::of).toList(),
                    info.phones().stream().map(PhoneInfoItem::of).toList());
        }
    }

    record AddressInfoItem(
            String address01,
            long addressId,
            int cityCode,
            String localityTown,
            String neighborhood,
            String phoneArea,
            String phoneExtension,
            String phoneNumber,
            String zipCode) {

        static AddressInfoItem of(Address a) {
            return new AddressInfoItem(
                    a.address01(),
                    a.addressId(),
                    a.place().cityCode(),
                    a.localityTown(),
                    a.neighborhood(),
                    a.phone().areaCode(),
                    a.phone().extension(),
                    a.phone().number(),
                    a.zipCode());
        }
    }

    record PhoneInfoItem(String phoneAreaCode, String phoneExtension, long phoneId, String phoneNumber, int phoneType) {
        static PhoneInfoItem of(Phone p) {
            return new PhoneInfoItem(p.areaCode(), p.extension(), p.phoneId(), p.number(), p.type());
        }
    }

    private static long orZero(@Nullable Long value) {
        return value == null ? 0 : value;
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
