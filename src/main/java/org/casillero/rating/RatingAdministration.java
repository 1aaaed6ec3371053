package org.casillero.rating;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.casillero.shared.InvalidField;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an operator sets up for rating: the partners' tariffs and product families, the countries'
 * customs and invoice rules ({@code admin tariff|family|customs|invoice-rule}). Failures name the
 * operator's option at fault.
 */
@Service
public class RatingAdministration {
    private final TariffRepository tariffs;
    private final CatalogRepository catalog;

    RatingAdministration(TariffRepository tariffs, CatalogRepository catalog) {
        this.tariffs = tariffs;
        this.catalog = catalog;
    }

    @Transactional
    public Tariff setTariff(Tariff tariff) {
        if (tariff.pricePerLb().signum() < 0) {
            throw new InvalidField("--per-lb", "must not be negative");
        }
        if (tariff.minimumCharge().signum() < 0) {
            throw new InvalidField("--minimum", "must not be negative");
        }
        requirePercent("--discount", tariff.discountPercent());
        if (tariff.volumetricDivisor() <= 0) {
            throw new InvalidField("--divisor", "must be positive");
        }
        try {
            tariffs.save(tariff);
        } catch (DataIntegrityViolationException unknownPartner) {
            throw new InvalidField("--partner", tariff.copaId() + " is not a partner");
        }
        return tariff;
    }

    @Transactional(readOnly = true)
    public Optional<Tariff> tariff(int copaId) {
        return tariffs.find(copaId);
    }

    /** Sets (or replaces) a partner's product family. */
    @Transactional
    public ProductFamily setFamily(ProductFamily family) {
        if (!family.code().matches("[A-Z0-9]{1,10}")) {
            throw new InvalidField("--code", "must be 1 to 10 capital letters or digits");
        }
        requireText("--name", family.nameEng(), 100);
        requireText("--name-es", family.nameEsp(), 100);
        requirePercent("--surcharge", family.surchargePercent());
        try {
            catalog.save(family);
        } catch (DataIntegrityViolationException unknownPartner) {
            throw new InvalidField("--partner", family.copaId() + " is not a partner");
        }
        return family;
    }

    @Transactional(readOnly = true)
    public List<ProductFamily> families(int copaId) {
        return catalog.families(copaId);
    }

    /** Sets (or replaces) a destination country's customs rule. */
    @Transactional
    public CustomsRule setCustomsRule(CustomsRule rule) {
        if (rule.deMinimis().signum() < 0) {
            throw new InvalidField("--de-minimis", "must not be negative");
        }
        requirePercent("--duty", rule.dutyPercent());
        requirePercent("--tax", rule.taxPercent());
        try {
            catalog.save(rule);
        } catch (DataIntegrityViolationException unknownCountry) {
            throw new InvalidField("--country", rule.countryCode() + " is not a country code");
        }
        return rule;
    }

    @Transactional(readOnly = true)
    public Optional<CustomsRule> customsRule(int countryCode) {
        return catalog.customsRule(countryCode);
    }

    /** Sets (or replaces) a destination country's invoice rule. */
    @Transactional
    public InvoiceRule setInvoiceRule(InvoiceRule rule) {
        if (rule.valueAbove() != null && rule.valueAbove().signum() < 0) {
            throw new InvalidField("--above", "must not be negative");
        }
        if (rule.valueAbove() == null && rule.families().isEmpty()) {
            throw new InvalidField("--above", "or at least one --family is required");
        }
        for (String family : rule.families()) {
            if (!family.matches("[A-Z0-9]{1,10}")) {
                throw new InvalidField("--family", "must be 1 to 10 capital letters or digits");
            }
        }
        try {
            catalog.save(rule);
        } catch (DataIntegrityViolationException unknownCountry) {
            throw new InvalidField("--country", rule.countryCode() + " is not a country code");
        }
        return rule;
    }

    @Transactional(readOnly = true)
    public Optional<InvoiceRule> invoiceRule(int countryCode) {
        return catalog.invoiceRule(countryCode);
    }

    /** Answers whether the country had a rule. */
    @Transactional
    public boolean removeInvoiceRule(int countryCode) {
        return catalog.removeInvoiceRule(countryCode);
    }

    private static void requirePercent(String option, BigDecimal percent) {
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidField(option, "must be a percentage from 0 to 100");
        }
    }

    private static void requireText(String option, String value, int max) {
        if (value.isBlank() || value.length() > max) {
            throw new InvalidField(option, "must have 1 to " + max + " characters");
        }
    }
}
