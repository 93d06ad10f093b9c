package org.openmint.catalog;

import java.time.LocalDate;
import java.time.ZoneId;

import org.openmint.developer.DeveloperAccount;

/**
 * Which rate plans a developer or company may see and buy (spec §15.2), the one place this rule lives: a
 * published, public plan that is for the account ({@link #isFor}) and has not ended (its end date counts to
 * the end of that day in the organization's time zone); with {@code currentOnly}, one that has also started.
 * The packages a developer may buy ({@code .../monetization-packages}) and the plans they may accept both ask
 * it.
 */
public final class PlanAvailability {

    private PlanAvailability() {
    }

    /** Whether the account may see and buy the plan on {@code today}; with {@code currentOnly} only plans that have started. */
    public static boolean availableTo(RatePlan plan, DeveloperAccount account, LocalDate today, ZoneId zone,
            boolean currentOnly) {
        if (!plan.published() || plan.isPrivate() || !isFor(plan, account)) {
            return false;
        }
        if (plan.endDate() != null && today.isAfter(LocalDate.ofInstant(plan.endDate(), zone))) {
            return false;
        }
        return !currentOnly || !today.isBefore(LocalDate.ofInstant(plan.startDate(), zone));
    }

    /**
     * Whether the plan's audience holds the account: a STANDARD plan is for everyone, a DEVELOPER plan for the
     * developer or company it names, a DEVELOPER_CATEGORY plan for the accounts of its category.
     */
    public static boolean isFor(RatePlan plan, DeveloperAccount account) {
        return switch (plan.type()) {
            case STANDARD -> true;
            case DEVELOPER -> names(account, plan.developerId());
            case DEVELOPER_CATEGORY -> inCategory(plan, account);
        };
    }

    /**
     * Whether the account is in the category of a DEVELOPER_CATEGORY plan: its {@code MINT_DEVELOPER_CATEGORY}
     * holds the category's id. Extend here when categories gain more (a company's category for its members).
     */
    public static boolean inCategory(RatePlan plan, DeveloperAccount account) {
        return plan.developerCategoryId() != null && plan.developerCategoryId().equals(account.categoryId());
    }

    /** Whether a reference (an id, an email in any case, a company's name in any case) names the account. */
    public static boolean names(DeveloperAccount account, String reference) {
        if (reference == null) {
            return false;
        }
        String ref = reference.trim();
        return ref.equals(account.id()) || ref.equalsIgnoreCase(account.email())
                || account.company() && ref.equalsIgnoreCase(account.name());
    }
}
