package org.openmint.currency;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.openmint.cache.ReferenceCache;
import org.openmint.error.DuplicateEntityException;
import org.openmint.error.ErrorCode;
import org.openmint.error.InvalidRequestException;
import org.openmint.error.MintException;
import org.openmint.error.ResourceNotFoundException;
import org.openmint.money.Money;
import org.openmint.organization.OrganizationCurrencies;
import org.openmint.organization.OrganizationProfile;
import org.openmint.organization.OrganizationService;
import org.openmint.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Manages an organization's supported currencies (spec §3, Part I #9). */
@Service
public class CurrencyService implements OrganizationCurrencies {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._~-]{1,255}");

    private final CurrencyRepository currencies;
    private final OrganizationService organizations;
    private final List<CurrencyUsage> usages;
    private final ReferenceCache cache;
    private final Clock clock;

    CurrencyService(CurrencyRepository currencies, OrganizationService organizations, List<CurrencyUsage> usages,
            ReferenceCache cache, Clock clock) {
        this.currencies = currencies;
        this.organizations = organizations;
        this.usages = usages;
        this.cache = cache;
        this.clock = clock;
    }

    /** A page of the organization's currencies, in id order. */
    @Transactional(readOnly = true)
    SupportedCurrencies list(String org, Paging paging) {
        OrganizationProfile organization = organizations.get(org);
        Page<CurrencyEntity> page = currencies.findByOrgId(org, paging.pageable(Sort.by("id")));
        List<SupportedCurrency> items = page.getContent().stream()
                .map(c -> SupportedCurrency.from(c, organization)).toList();
        return new SupportedCurrencies(items, page.getTotalElements());
    }

    /**
     * One currency of the organization.
     *
     * @throws ResourceNotFoundException when the organization or the currency does not exist
     */
    public SupportedCurrency get(String org, String id) {
        return cache.get("currency", org, id, () -> {
            OrganizationProfile organization = organizations.get(org);
            return SupportedCurrency.from(find(org, id), organization);
        });
    }

    /**
     * Adds a currency; its id defaults to the lower-case name.
     *
     * @throws InvalidRequestException when a field is missing or invalid
     * @throws DuplicateEntityException when the id or the name already exists in the organization
     */
    @Transactional
    SupportedCurrency create(String org, CurrencyRequest request) {
        OrganizationProfile organization = organizations.get(org);
        CurrencyEntity.CurrencyFields fields = validate(org, request);
        String id = request.id() == null || request.id().isBlank()
                ? fields.name().toLowerCase(Locale.ROOT)
                : request.id();
        if (!ID.matcher(id).matches()) {
            throw InvalidRequestException.forField("id", id, "Field [id] may only hold letters, digits and . _ ~ -");
        }
        if (currencies.existsById(new CurrencyEntity.Key(org, id))) {
            throw new DuplicateEntityException("SupportedCurrency", id);
        }
        requireUniqueName(org, fields.name(), null);
        CurrencyEntity entity = new CurrencyEntity(org, id, clock.instant());
        entity.replace(fields, clock.instant());
        currencies.saveAndFlush(entity);
        return SupportedCurrency.from(entity, organization);
    }

    /**
     * Replaces every property of a currency.
     *
     * @throws ResourceNotFoundException when the currency does not exist
     * @throws InvalidRequestException when a field is missing or invalid
     * @throws MintException {@code mint.supportedCurrencyInUse} when the name of the default currency would change
     */
    @Transactional
    SupportedCurrency update(String org, String id, CurrencyRequest request) {
        OrganizationProfile organization = organizations.get(org);
        CurrencyEntity entity = find(org, id);
        if (request != null && request.id() != null && !request.id().equals(id)) {
            throw InvalidRequestException.forField("id", request.id(),
                    "Field [id] must match the currency in the path");
        }
        CurrencyEntity.CurrencyFields fields = validate(org, request);
        requireUniqueName(org, fields.name(), id);
        if (!fields.name().equalsIgnoreCase(entity.name()) && isDefault(organization, entity)) {
            throw inUse(id, "it is the organization's default currency");
        }
        entity.replace(fields, clock.instant());
        currencies.flush();
        return SupportedCurrency.from(entity, organization);
    }

    /**
     * Deletes a currency that nothing uses.
     *
     * @throws ResourceNotFoundException when the currency does not exist
     * @throws MintException {@code mint.supportedCurrencyInUse} when a balance, credit limit, rate plan or
     *         the organization's default currency uses it
     */
    @Transactional
    void delete(String org, String id) {
        OrganizationProfile organization = organizations.get(org);
        CurrencyEntity entity = find(org, id);
        if (isDefault(organization, entity)) {
            throw inUse(id, "it is the organization's default currency");
        }
        for (CurrencyUsage usage : usages) {
            String what = usage.usage(org, id);
            if (what != null) {
                throw inUse(id, "it is used by " + what);
            }
        }
        currencies.delete(entity);
        currencies.flush();
    }

    /**
     * The currency with this id, for the features that move money in it.
     *
     * @throws ResourceNotFoundException when it does not exist
     */
    public SupportedCurrency require(String org, String id) {
        return get(org, id);
    }

    @Override
    public List<String> currencyNames(String org) {
        return cache.get("currency-names", org, "", () -> List.copyOf(currencies.findNamesByOrgId(org)));
    }

    private CurrencyEntity find(String org, String id) {
        return currencies.findByOrgIdAndId(org, id)
                .orElseThrow(() -> new ResourceNotFoundException("SupportedCurrency", id));
    }

    private void requireUniqueName(String org, String name, String exceptId) {
        currencies.findByOrgIdAndNameIgnoreCase(org, name)
                .filter(other -> !Objects.equals(other.id(), exceptId))
                .ifPresent(other -> {
                    throw new DuplicateEntityException("SupportedCurrency with name [" + name + "] already exists");
                });
    }

    private static boolean isDefault(OrganizationProfile organization, CurrencyEntity currency) {
        return currency.name().equalsIgnoreCase(organization.currency());
    }

    private static MintException inUse(String id, String why) {
        return new MintException(ErrorCode.SUPPORTED_CURRENCY_IN_USE,
                "Supported currency [" + id + "] is in use: " + why);
    }

    private static CurrencyEntity.CurrencyFields validate(String org, CurrencyRequest r) {
        if (r == null) {
            throw new InvalidRequestException("Request body is missing");
        }
        if (r.organization() == null || r.organization().id() == null || r.organization().id().isBlank()) {
            throw InvalidRequestException.missing("organization");
        }
        if (!r.organization().id().equals(org)) {
            throw InvalidRequestException.forField("organization", r.organization().id(),
                    "Field [organization] must be the organization in the path");
        }
        boolean virtual = required("virtualCurrency", r.virtualCurrency());
        String name = requiredText("name", r.name());
        if (!virtual) {
            name = name.toUpperCase(Locale.ROOT);
            if (!isIso4217(name)) {
                throw InvalidRequestException.forField("name", r.name(),
                        "Field [name] must be an ISO 4217 currency code unless virtualCurrency is true");
            }
        }
        String status = requiredText("status", r.status()).toUpperCase(Locale.ROOT);
        if (!status.equals("ACTIVE") && !status.equals("INACTIVE")) {
            throw InvalidRequestException.forField("status", r.status(), "Field [status] must be ACTIVE or INACTIVE");
        }
        BigDecimal creditLimit = r.creditLimit() == null
                ? null
                : Money.parseNonNegative("creditLimit", r.creditLimit());
        BigDecimal minimumTopup = r.minimumTopupAmount() == null
                ? null
                : Money.parseNonNegative("minimumTopupAmount", r.minimumTopupAmount());
        return new CurrencyEntity.CurrencyFields(name, requiredText("displayName", r.displayName()),
                requiredText("description", r.description()), status, virtual, creditLimit, minimumTopup);
    }

    private static boolean isIso4217(String code) {
        if (!code.matches("[A-Z]{3}")) {
            return false;
        }
        return Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(code));
    }

    private static String requiredText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidRequestException.missing(field);
        }
        if (value.length() > 255 && !field.equals("description")) {
            throw InvalidRequestException.forField(field, null, "Field [" + field + "] is longer than 255 characters");
        }
        return value.trim();
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw InvalidRequestException.missing(field);
        }
        return value;
    }
}
