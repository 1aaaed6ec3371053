package org.casillero.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.casillero.customer.ContactRepository.AddressRow;
import org.casillero.customer.NewCustomer.NewPhone;
import org.casillero.geo.Geography;
import org.casillero.shared.InvalidField;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a customer's addresses (the i-th change applies to the i-th address) and replaces its
 * phones, but for the address phones, with the list given. A phone given that is an address phone
 * as changed (clients send the address phone in the list too) is kept once, as the address's.
 */
@Service
public class AddressUpdate {
    private final CustomerRepository customers;
    private final ContactRepository contacts;
    private final AddressBook addressBook;
    private final Geography geography;
    private final AuditTrail audit;
    private final CustomerNews news;

    AddressUpdate(
            CustomerRepository customers,
            ContactRepository contacts,
            AddressBook addressBook,
            Geography geography,
            AuditTrail audit,
            CustomerNews news) {
        this.customers = customers;
        this.contacts = contacts;
        this.addressBook = addressBook;
        this.geography = geography;
        this.audit = audit;
        this.news = news;
    }

    @Transactional
    public AddressInfo apply(CustomerSession session, List<AddressChange> changes, List<NewPhone> phones) {
        long custId = session.custId();
        customers.lockEmail(custId);
        List<AddressRow> current = contacts.addresses(custId);
        if (changes.size() > current.size()) {
            throw new InvalidField(
                    "customerAddress",
                    "must hold at most " + current.size() + (current.size() == 1 ? " address" : " addresses"));
        }
        List<String> changed = new ArrayList<>();
        List<NewPhone> addressPhones = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            AddressChange change = changes.get(i);
            if (change.changesCity() && geography.findPlace(change.cityCode()).isEmpty()) {
                throw new InvalidField("customerAddress[" + i + "].cityCode", "is not a known city code");
            }
            AddressRow before = current.get(i);
            AddressRow after = change.applyTo(before);
            contacts.update(custId, after);
            addressPhones.add(asGiven(after.phone()));
            changed.addAll(changedFields(before, after, "customer_address[" + i + "]."));
        }
        current.subList(changes.size(), current.size()).forEach(row -> addressPhones.add(asGiven(row.phone())));
        contacts.deletePhonesOutsideAddresses(custId);
        contacts.insertPhones(
                custId,
                phones.stream().filter(phone -> !addressPhones.contains(phone)).toList());
        changed.add("customer_phone");
        audit.record(custId, session.actor(), AuditTrail.ADDRESS_CHANGED, changed);
        news.detailsChanged(session, changed);
        return new AddressInfo(addressBook.addresses(custId), contacts.phones(custId));
    }

    private static NewPhone asGiven(Phone phone) {
        return new NewPhone(phone.areaCode(), phone.number(), phone.extension(), phone.type());
    }

    private static List<String> changedFields(AddressRow before, AddressRow after, String prefix) {
        List<String> changed = new ArrayList<>();
        addIfChanged(changed, prefix + "city_code", before.cityCode(), after.cityCode());
        addIfChanged(changed, prefix + "locality_town", before.localityTown(), after.localityTown());
        addIfChanged(changed, prefix + "neighborhood", before.neighborhood(), after.neighborhood());
        addIfChanged(changed, prefix + "address_01", before.address01(), after.address01());
        addIfChanged(changed, prefix + "zip_code", before.zipCode(), after.zipCode());
        addIfChanged(
                changed,
                prefix + "phone_area",
                before.phone().areaCode(),
                after.phone().areaCode());
        addIfChanged(
                changed,
                prefix + "phone_number",
                before.phone().number(),
                after.phone().number());
        addIfChanged(
                changed,
                prefix + "phone_extension",
                before.phone().extension(),
                after.phone().extension());
        return changed;
    }

    private static void addIfChanged(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }
}
