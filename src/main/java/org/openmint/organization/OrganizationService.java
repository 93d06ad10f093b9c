package org.openmint.organization;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.openmint.cache.ReferenceCache;
import org.openmint.error.InvalidRequestException;
import org.openmint.error.ResourceNotFoundException;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads, creates and replaces organization profiles; the one place that creates an organization's profile,
 * whichever API creates the organization ({@link EdgeOrganizationService} for the core one).
 */
@Service
public class OrganizationService {

    /** Organization names as Apigee allows them. */
    private static final Pattern ORG_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,254}");

    private static final Set<String> BILLING_CYCLES = Set.of("PRORATED", "CALENDAR_MONTH");
    private static final Set<String> BILLING_TYPES = Set.of("PREPAID", "POSTPAID", "BOTH");
    private static final Set<String> TAX_MODELS = Set.of("DISCLOSED", "UNDISCLOSED", "HYBRID");
    private static final Set<String> STATUSES = Set.of("ACTIVE", "INACTIVE");

    private final OrganizationRepository organizations;
    private final OrganizationCurrencies currencies;
    private final ReferenceCache cache;
    private final Clock clock;

    OrganizationService(OrganizationRepository organizations, @Lazy OrganizationCurrencies currencies,
            ReferenceCache cache, Clock clock) {
        this.organizations = organizations;
        this.currencies = currencies;
        this.cache = cache;
        this.clock = clock;
    }

    /**
     * The organization's profile.
     *
     * @throws ResourceNotFoundException when there is no such organization
     */
    public OrganizationProfile get(String org) {
        return cache.get("organization", org, "", () -> organizations.findById(org).map(OrganizationEntity::toProfile)
                .orElseThrow(() -> new ResourceNotFoundException("Organization", org)));
    }

    /**
     * The first day of the organization's current billing month, in its time zone (spec Part I #11): the
     * period that balances, usage counters and ledger entries are kept in.
     *
     * @throws ResourceNotFoundException when there is no such organization
     */
    public LocalDate currentBillingPeriod(String org) {
        return YearMonth.now(clock.withZone(get(org).zone())).atDay(1);
    }

    /** Whether {@code org} is a syntactically valid organization id (the organization need not exist). */
    public static boolean isValidName(String org) {
        return org != null && ORG_NAME.matcher(org).matches();
    }

    /** Whether the organization exists. */
    public boolean exists(String org) {
        return cache.get("organization-exists", org, "", () -> organizations.existsById(org));
    }

    /**
     * Replaces the organization's profile, creating the organization when it does not exist (security lets
     * only system administrators create one). Unset optional fields take their defaults; a new organization's
     * core Edge fields take theirs ({@link EdgeFields#defaults}, its display name the profile's name).
     *
     * @param caller the username of whoever asks, recorded as the organization's last modifier
     * @return the profile, and whether it was created
     * @throws InvalidRequestException when a field is missing or invalid, or the currency is not supported
     */
    @Transactional
    public PutResult put(String org, PutOrganizationRequest request, String caller) {
        if (request == null) {
            throw new InvalidRequestException("Request body is missing");
        }
        OrganizationEntity entity = organizations.findById(org).orElse(null);
        if (entity == null) {
            if (!ORG_NAME.matcher(org).matches()) {
                throw InvalidRequestException.forField("id", org, "Organization id [" + org + "] is not valid");
            }
            OrganizationProfile profile = validate(org, request);
            entity = organizations.save(new OrganizationEntity(org, EdgeFields.defaults(profile.name()), profile,
                    caller, clock.instant()));
            organizations.flush();
            return new PutResult(entity.toProfile(), true);
        }
        entity.replaceProfile(validate(org, request), caller, clock.instant());
        organizations.flush();
        return new PutResult(entity.toProfile(), false);
    }

    /** The outcome of a PUT. */
    public record PutResult(OrganizationProfile profile, boolean created) {
    }

    /** The profile of an organization created with nothing but this name: every field at its default. */
    OrganizationProfile defaultProfile(String org, String name) {
        return validate(org, PutOrganizationRequest.named(name));
    }

    private OrganizationProfile validate(String org, PutOrganizationRequest r) {
        if (r.id() != null && !r.id().equals(org)) {
            throw InvalidRequestException.forField("id", r.id(), "Field [id] must match the organization in the path");
        }
        if (r.name() == null || r.name().isBlank()) {
            throw InvalidRequestException.missing("name");
        }
        List<Address> addresses = r.address() == null ? List.of() : List.copyOf(r.address());
        if (addresses.stream().anyMatch(a -> a == null)) {
            throw InvalidRequestException.forField("address", null, "Field [address] must not contain null");
        }
        return new OrganizationProfile(addresses, isTrue(r.approveTrusted()), isTrue(r.approveUntrusted()),
                oneOf("billingCycle", r.billingCycle(), BILLING_CYCLES, "CALENDAR_MONTH"),
                r.country() == null || r.country().isBlank() ? "US" : r.country(),
                currency(org, r.currency()),
                r.description(), isTrue(r.hasBillingAdjustment()), isTrue(r.hasBroker()), isTrue(r.hasSelfBilling()),
                isTrue(r.hasSeparateInvoiceForProduct()), org, isTrue(r.issueNettingStmt()), r.logoUrl(), r.name(),
                r.netPaymentAdviceNote(), isTrue(r.nettingStmtPerCurrency()), r.regNo(),
                isTrue(r.selfBillingAsExchOrg()), isTrue(r.selfBillingForAllDev()),
                isTrue(r.separateInvoiceForFees()),
                oneOf("status", r.status(), STATUSES, "ACTIVE"),
                oneOf("supportedBillingType", r.supportedBillingType(), BILLING_TYPES, "BOTH"),
                r.taxEngineExternalId(),
                oneOf("taxModel", r.taxModel(), TAX_MODELS, "HYBRID"),
                r.taxNexus(), r.taxRegNo(), timezone(r.timezone()), r.transactionRelayURL());
    }

    /** The default currency: one of the organization's supported currencies once it has any. */
    private String currency(String org, String requested) {
        List<String> supported = currencies.currencyNames(org);
        if (requested == null || requested.isBlank()) {
            return supported.contains("USD") || supported.isEmpty() ? "USD" : supported.get(0);
        }
        String code = requested.trim().toUpperCase(Locale.ROOT);
        if (supported.isEmpty()) {
            if (!code.matches("[A-Z]{3}")) {
                throw InvalidRequestException.forField("currency", requested,
                        "Field [currency] must be an ISO 4217 currency code");
            }
            return code;
        }
        return supported.stream().filter(name -> name.equalsIgnoreCase(code)).findFirst()
                .orElseThrow(() -> InvalidRequestException.forField("currency", requested,
                        "Currency [" + requested + "] is not a supported currency of the organization"));
    }

    private static String timezone(String timezone) {
        if (timezone == null || timezone.isBlank()) {
            return "UTC";
        }
        try {
            ZoneId.of(timezone.trim(), ZoneId.SHORT_IDS);
            return timezone.trim();
        } catch (DateTimeException e) {
            throw InvalidRequestException.forField("timezone", timezone, "Field [timezone] is not a known time zone");
        }
    }

    private static String oneOf(String field, String value, Set<String> allowed, String defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        String upper = value.trim().toUpperCase(Locale.ROOT);
        if (!allowed.contains(upper)) {
            throw InvalidRequestException.forField(field, value,
                    "Field [" + field + "] must be one of " + allowed.stream().sorted().toList());
        }
        return upper;
    }

    private static boolean isTrue(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }
}
