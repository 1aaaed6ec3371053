package org.casillero.customer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.casillero.customer.CustomerRepository.AccountRow;
import org.casillero.customer.NewCustomer.NewAddress;
import org.casillero.customer.NewCustomer.NewPhone;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** A customer's phones and addresses. */
@Repository
class ContactRepository {
    private final JdbcClient jdbc;

    ContactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An address row, with its phone; the place is the geo module's to tell. */
    record AddressRow(
            long addressId,
            int cityCode,
            String localityTown,
            String neighborhood,
            String address01,
            String zipCode,
            Phone phone) {}

    /** Inserts the phones in order and answers their ids in the same order. */
    List<Long> insertPhones(long custId, List<NewPhone> phones) {
        List<Long> ids = new ArrayList<>(phones.size());
        for (NewPhone phone : phones) {
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                            insert into customer_phone (cust_id, area_code, phone_number, extension, phone_type)
                            values (:custId, :areaCode, :number, :extension, :type)
                            """)
                    .param("custId", custId)
                    .param("areaCode", phone.areaCode())
                    .param("number", phone.number())
                    .param("extension", phone.extension())
                    .param("type", phone.type())
                    .update(key, "phone_id");
            ids.add(Objects.requireNonNull(key.getKey()).longValue());
        }
        return ids;
    }

    void insertAddress(long custId, NewAddress address, long phoneId) {
        jdbc.sql("""
                        insert into customer_address
                               (cust_id, city_code, locality_town, neighborhood, address_01, zip_code, phone_id)
                        values (:custId, :cityCode, :localityTown, :neighborhood, :address01, :zipCode, :phoneId)
                        """)
                .param("custId", custId)
                .param("cityCode", address.cityCode())
                .param("localityTown", address.localityTown())
                .param("neighborhood", address.neighborhood())
                .param("address01", address.address01())
                .param("zipCode", address.zipCode())
                .param("phoneId", phoneId)
                .update();
    }

    /** Stores an address and its phone as given. */
    void update(long custId, AddressRow address) {
        int rows = jdbc.sql("""
                        update customer_address
                           set city_code = :cityCode, locality_town = :localityTown, neighborhood = :neighborhood,
                               address_01 = :address01, zip_code = :zipCode
                         where address_id = :addressId and cust_id = :custId
                        """)
                .param("cityCode", address.cityCode())
                .param("localityTown", address.localityTown())
                .param("neighborhood", address.neighborhood())
                .param("address01", address.address01())
                .param("zipCode", address.zipCode())
                .param("addressId", address.addressId())
                .param("custId", custId)
                .update();
        rows += jdbc.sql("""
                        update customer_phone
                           set area_code = :areaCode, phone_number = :number, extension = :extension
                         where phone_id = :phoneId and cust_id = :custId
                        """)
                .param("areaCode", address.phone().areaCode())
                .param("number", address.phone().number())
                .param("extension", address.phone().extension())
                .param("phoneId", address.phone().phoneId())
                .param("custId", custId)
                .update();
        if (rows != 2) {
            throw new IllegalStateException("Expected to change an address and its phone, changed " + rows + " rows");
        }
    }

    /** Deletes the customer's phones but for those of its addresses. */
    void deletePhonesOutsideAddresses(long custId) {
        jdbc.sql("""
                        delete from customer_phone
                         where cust_id = :custId
                           and phone_id not in (select phone_id from customer_address where cust_id = :custId)
                        """).param("custId", custId).update();
    }

    List<Phone> phones(long custId) {
        return jdbc.sql("""
                        select phone_id, area_code, phone_number, extension, phone_type
                          from customer_phone where cust_id = :custId order by phone_id
                        """).param("custId", custId).query((rs, n) -> phone(rs)).list();
    }

    List<AddressRow> addresses(long custId) {
        return jdbc.sql("""
                        select a.address_id, a.city_code, a.locality_town, a.neighborhood, a.address_01, a.zip_code,
                               p.phone_id, p.area_code, p.phone_number, p.extension, p.phone_type
                          from customer_address a
                          join customer_phone p on p.phone_id = a.phone_id
                         where a.cust_id = :custId
                         order by a.address_id
                        """)
                .param("custId", custId)
                .query((rs, n) -> address(rs, phone(rs)))
                .list();
    }

    /** A customer's row, every phone (by id) and every address (by id) with its phone, and its payment method. */
    record ProfileRows(CustomerDetails details, List<AddressRow> addresses, List<Phone> phones, String paymentMethod) {}

    /**
     * The whole profile in one statement: the customer joined to each of its phones, and each phone
     * to the address it is the phone of, if any (every address has one): one row per phone.
     */
    ProfileRows profile(long custId) {
        Map<Long, Phone> phones = new TreeMap<>();
        Map<Long, AddressRow> addresses = new TreeMap<>();
        List<CustomerDetails> details = new ArrayList<>(1);
        List<String> paymentMethod = new ArrayList<>(1);
        jdbc.sql("""
                        select c.*, p.phone_id, p.area_code, p.phone_number, p.extension, p.phone_type,
                               a.address_id, a.city_code, a.locality_town, a.neighborhood, a.address_01, a.zip_code
                          from customer c
                          left join customer_phone p on p.cust_id = c.cust_id
                          left join customer_address a on a.phone_id = p.phone_id and a.cust_id = c.cust_id
                         where c.cust_id = :custId
                        """).param("custId", custId).query(rs -> {
            if (details.isEmpty()) {
                details.add(CustomerRepository.details(rs, 0));
                paymentMethod.add(rs.getString("payment_method"));
            }
            long phoneId = rs.getLong("phone_id");
            if (rs.wasNull()) {
                return;
            }
            Phone phone = phone(rs);
            phones.put(phoneId, phone);
            long addressId = rs.getLong("address_id");
            if (!rs.wasNull()) {
                addresses.put(addressId, address(rs, phone));
            }
        });
        if (details.isEmpty()) {
            throw new IllegalStateException("Customer " + custId + " vanished during its session");
        }
        return new ProfileRows(
                details.getFirst(),
                List.copyOf(addresses.values()),
                List.copyOf(phones.values()),
                paymentMethod.getFirst());
    }

    /** A customer found by e-mail, with its addresses (each with its phone). */
    record AccountRows(AccountRow account, List<AddressRow> addresses) {}

    /**
     * The oldest customer with this (normalized) e-mail among these partners, with its addresses, in
     * one statement: the customer rows joined to their addresses and those to their phones.
     */
    Optional<AccountRows> accountByEmail(Set<Integer> copaIds, String email) {
        if (copaIds.isEmpty()) {
            return Optional.empty();
        }
        List<AccountRow> account = new ArrayList<>(1);
        List<AddressRow> addresses = new ArrayList<>();
        jdbc.sql("select " + CustomerRepository.ACCOUNT_COLUMNS + """
                        ,
                               a.address_id, a.city_code, a.locality_town, a.neighborhood, a.address_01, a.zip_code,
                               p.phone_id, p.area_code, p.phone_number, p.extension, p.phone_type
                          from customer c
                          left join customer_address a on a.cust_id = c.cust_id
                          left join customer_phone p on p.phone_id = a.phone_id
                         where c.email = :email and c.copa_id in (:copaIds)
                         order by c.cust_id, a.address_id
                        """)
                .param("email", email)
                .param("copaIds", List.copyOf(copaIds))
                .query(rs -> {
                    if (account.isEmpty()) {
                        account.add(CustomerRepository.account(rs));
                    } else if (rs.getLong("cust_id") != account.getFirst().custId()) {
                        return; // a later customer of another partner with the same e-mail
                    }
                    if (rs.getObject("address_id") != null) {
                        addresses.add(address(rs, phone(rs)));
                    }
                });
        return account.isEmpty()
                ? Optional.empty()
                : Optional.of(new AccountRows(account.getFirst(), List.copyOf(addresses)));
    }

    /** The phone columns of a row ({@code phone_id, area_code, phone_number, extension, phone_type}). */
    private static Phone phone(ResultSet rs) throws SQLException {
        return new Phone(
                rs.getLong("phone_id"),
                rs.getString("area_code"),
                rs.getString("phone_number"),
                rs.getString("extension"),
                rs.getInt("phone_type"));
    }

    /** The address columns of a row, with the address's phone. */
    private static AddressRow address(ResultSet rs, Phone phone) throws SQLException {
        return new AddressRow(
                rs.getLong("address_id"),
                rs.getInt("city_code"),
                rs.getString("locality_town"),
                rs.getString("neighborhood"),
                rs.getString("address_01"),
                rs.getString("zip_code"),
                phone);
    }
}
