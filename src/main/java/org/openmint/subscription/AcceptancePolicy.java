package org.openmint.subscription;

import java.math.BigDecimal;

import org.openmint.catalog.PlanAvailability;
import org.openmint.catalog.RatePlan;
import org.openmint.developer.DeveloperAccount;
import org.openmint.error.ErrorCode;
import org.openmint.error.InvalidRequestException;
import org.openmint.error.MintException;

/**
 * Who may accept which rate plan (spec §9.3): a published plan, of the account's developer or category
 * when it is for one ({@link PlanAvailability#isFor}, the audience rule the catalog shows too), by an
 * individual developer only with a legal name and an address; and what the
 * body may name: the account of the path and a quota target in range.
 */
final class AcceptancePolicy {

    private static final long MAX_QUOTA_TARGET = 1_000_000_000_000L;

    private AcceptancePolicy() {
    }

    /** The body's developer, when given (or {@code required}), is the account of the path. */
    static void requireSameAccount(DeveloperAccount account, AcceptRatePlanRequest.Ref developer,
            boolean required) {
        if (developer == null || developer.id() == null || developer.id().isBlank()) {
            if (required) {
                throw InvalidRequestException.missing("developer.id");
            }
            return;
        }
        if (!names(account, developer.id().trim())) {
            throw InvalidRequestException.forField("developer.id", developer.id(),
                    "Field [developer.id] must be the " + (account.company() ? "company" : "developer")
                            + " of the path");
        }
    }

    /**
     * The body of a change names, when it names them, the accepted plan, its account and its rate plan.
     *
     * @throws InvalidRequestException when the body is missing or names another one
     */
    static void requireSameAcceptedPlan(DeveloperAccount account, AcceptedRatePlanEntity entity,
            AcceptRatePlanRequest request) {
        if (request == null) {
            throw new InvalidRequestException("Request body is missing");
        }
        if (request.id() != null && !request.id().isBlank() && !request.id().trim().equals(entity.id().toString())) {
            throw InvalidRequestException.forField("id", request.id(),
                    "Field [id] must be the id of the accepted rate plan in the path");
        }
        requireSameAccount(account, request.developer(), false);
        if (request.ratePlan() != null && request.ratePlan().id() != null && !request.ratePlan().id().isBlank()
                && !request.ratePlan().id().trim().equals(entity.ratePlanId())) {
            throw InvalidRequestException.forField("ratePlan.id", request.ratePlan().id(),
                    "The rate plan of an accepted rate plan cannot change");
        }
    }

    static void requirePublished(RatePlan plan) {
        if (!plan.published()) {
            throw new MintException(ErrorCode.RATE_PLAN_NOT_PUBLISHED,
                    "Rate plan [" + plan.id() + "] is not published");
        }
    }

    /** The plan is for this account (its developer or category), and an individual developer can be billed. */
    static void requireEligible(DeveloperAccount account, RatePlan plan) {
        String who = (account.company() ? "Company [" + account.name() : "Developer [" + account.email()) + "]";
        if (plan.type() == RatePlan.Type.DEVELOPER && !PlanAvailability.isFor(plan, account)) {
            throw new MintException(ErrorCode.DEVELOPER_RATE_PLAN_ACCEPT_ERROR,
                    who + " cannot accept rate plan [" + plan.id() + "]: it is for developer ["
                            + plan.developerId() + "]");
        }
        if (plan.type() == RatePlan.Type.DEVELOPER_CATEGORY && !PlanAvailability.isFor(plan, account)) {
            throw new MintException(ErrorCode.DEVELOPER_RATE_PLAN_ACCEPT_ERROR,
                    who + " cannot accept rate plan [" + plan.id() + "]: it is for developer category ["
                            + plan.developerCategoryId() + "]");
        }
        if (!account.company()) {
            if (account.legalName() == null || account.legalName().isBlank()) {
                throw new MintException(ErrorCode.DEVELOPER_LEGAL_COMPANY_NAME_NOT_SPECIFIED,
                        "Developer legal name not specified: " + who + " has no MINT_DEVELOPER_LEGAL_NAME");
            }
            if (!account.hasAddress()) {
                throw new MintException(ErrorCode.DEVELOPER_ADDRESS_NOT_SPECIFIED,
                        "Developer address not specified: " + who + " has no MINT_DEVELOPER_ADDRESS");
            }
        }
    }

    /** The quota target as stored: a whole number from 0 to 10^12; null for null. */
    static Long quotaTarget(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal target = value.stripTrailingZeros();
        if (target.signum() < 0 || target.scale() > 0 || target.compareTo(BigDecimal.valueOf(MAX_QUOTA_TARGET)) > 0) {
            throw InvalidRequestException.forField("quotaTarget", value,
                    "Field [quotaTarget] must be a whole number from 0 to " + MAX_QUOTA_TARGET);
        }
        return target.longValueExact();
    }

    /** Whether a reference (an id, an email in any case, a company name in any case) names the account. */
    private static boolean names(DeveloperAccount account, String reference) {
        return PlanAvailability.names(account, reference);
    }
}
