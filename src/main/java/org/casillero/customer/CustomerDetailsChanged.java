package org.casillero.customer;

import java.time.Instant;
import java.util.List;
import org.casillero.shared.DomainEvent;

/**
 * A customer's personal information, account type, addresses or phones changed (README, "Domain events"): {@code fields} names what changed as the audit trail does, in the Box API's names ({@code customer_first_name}, {@code customer_address[0].city_code}, …).
 *
 * @param actor who made the change, as the audit trail names it ({@code api-user 396}, {@code operator ana})
 */
public record CustomerDetailsChanged(
        int copaId, long customerBoxId, List<String> fields, Instant changedAt, String actor) implements DomainEvent {}
