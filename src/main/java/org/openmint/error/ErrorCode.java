package org.openmint.error;

/** The error codes of the mint API (spec Part I #1 and §1.8). */
public enum ErrorCode {
    INVALID_REQUEST("mint.invalidRequest"),
    RESOURCE_DOES_NOT_EXIST("mint.resourceDoesNotExist"),
    NO_SUCH_RESOURCE("mint.noSuchResource"),
    DUPLICATE_ENTITY("mint.duplicateEntity"),
    SUPPORTED_CURRENCY_IN_USE("mint.supportedCurrencyInUse"),
    DEVELOPER_IN_USE("mint.developerInUse"),
    INSUFFICIENT_FUNDS("mint.insufficientFunds"),
    CREDIT_LIMIT_EXCEEDED("mint.creditLimitExceeded"),
    DEVELOPER_SUSPENDED("mint.developerSuspended"),
    NO_CURRENT_PUBLISHABLE_ENTITY("mint.noCurrentPublishableEntity"),
    TOPUP_AMOUNT_BELOW_MINIMUM("mint.topupAmountBelowMinimum"),
    RATE_PLAN_NOT_PUBLISHED("mint.ratePlanNotPublished"),
    START_DATE_EARLIER_THAN_TODAY("mint.startDateEarlierThanToday"),
    START_DATE_EARLIER_THAN_PLAN_START_DATE("mint.startDateEarlierThanPlanStartDate"),
    START_DATE_LATER_THAN_PLAN_END_DATE("mint.startDateLaterThanPlanEndDate"),
    END_DATE_EARLIER_THAN_START("mint.endDateEarlierThanStart"),
    END_DATE_LATER_THAN_PLAN_END_DATE("mint.endDateLaterThanPlanEndDate"),
    DEVELOPER_LEGAL_COMPANY_NAME_NOT_SPECIFIED("mint.developerLegalCompanyNameNotSpecified"),
    DEVELOPER_ADDRESS_NOT_SPECIFIED("mint.developerAddressNotSpecified"),
    DEVELOPER_RATE_PLAN_ACCEPT_ERROR("mint.developerRatePlanAcceptError"),
    DEVELOPER_HAS_FOLLOWING_OVERLAP_RATE_PLANS("mint.developerHasFollowingOverlapRatePlans"),
    DEVELOPER_ALREADY_ACTIVE_ON_RATE_PLAN("mint.developerAlreadyActiveOnRatePlan"),
    ONLY_FUTURE_DEVELOPER_RATE_PLAN_CAN_BE_DELETED("mint.onlyFutureDeveloperRatePlanCanBeDeleted"),
    IDEMPOTENCY_KEY_REUSED("mint.idempotencyKeyReused"),
    IDEMPOTENCY_REQUEST_IN_PROGRESS("mint.idempotencyRequestInProgress"),
    CONCURRENT_MODIFICATION("mint.concurrentModification"),
    METHOD_NOT_ALLOWED("mint.methodNotAllowed"),
    UNSUPPORTED_MEDIA_TYPE("mint.unsupportedMediaType"),
    NOT_ACCEPTABLE("mint.notAcceptable"),
    UNAUTHORIZED("mint.unauthorized"),
    FORBIDDEN("mint.forbidden"),
    TOO_MANY_REQUESTS("mint.tooManyRequests"),
    SERVICE_UNAVAILABLE("mint.serviceUnavailable"),
    INTERNAL_ERROR("mint.internalError"),
    TNC_IN_USE("mint.tncInUse"),
    PRODUCT_NOT_PART_OF_ANY_MONETIZATION_PACKAGE("mint.productNotPartOfAnyMonetizationPackage"),
    DEVELOPER_CATEGORY_IN_USE("mint.developerCategoryInUse"),
    INVALID_REVISION_START_DATE("mint.invalidRevisionStartDate");

    private final String code;

    ErrorCode(String code) {
        this.code = code;
    }

    /** The code as it appears in the error body, e.g. {@code mint.invalidRequest}. */
    public String code() {
        return code;
    }
}
