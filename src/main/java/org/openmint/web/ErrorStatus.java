package org.openmint.web;

import org.openmint.error.ErrorCode;
import org.springframework.http.HttpStatus;

/** The HTTP status that answers each error code (spec Part I #1). */
final class ErrorStatus {

    private ErrorStatus() {
    }

    static HttpStatus of(ErrorCode code) {
        return switch (code) {
            case RESOURCE_DOES_NOT_EXIST, NO_SUCH_RESOURCE -> HttpStatus.NOT_FOUND;
            case DUPLICATE_ENTITY, IDEMPOTENCY_REQUEST_IN_PROGRESS, CONCURRENT_MODIFICATION -> HttpStatus.CONFLICT;
            case IDEMPOTENCY_KEY_REUSED -> HttpStatus.UNPROCESSABLE_CONTENT;
            case METHOD_NOT_ALLOWED -> HttpStatus.METHOD_NOT_ALLOWED;
            case UNSUPPORTED_MEDIA_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case NOT_ACCEPTABLE -> HttpStatus.NOT_ACCEPTABLE;
            case UNAUTHORIZED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case TOO_MANY_REQUESTS -> HttpStatus.TOO_MANY_REQUESTS;
            case SERVICE_UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
            case INTERNAL_ERROR -> HttpStatus.INTERNAL_SERVER_ERROR;
            case INVALID_REQUEST, SUPPORTED_CURRENCY_IN_USE, DEVELOPER_IN_USE, DEVELOPER_CATEGORY_IN_USE,
                    INSUFFICIENT_FUNDS,
                    CREDIT_LIMIT_EXCEEDED, DEVELOPER_SUSPENDED, NO_CURRENT_PUBLISHABLE_ENTITY,
                    TOPUP_AMOUNT_BELOW_MINIMUM,
                    RATE_PLAN_NOT_PUBLISHED, START_DATE_EARLIER_THAN_TODAY, START_DATE_EARLIER_THAN_PLAN_START_DATE,
                    START_DATE_LATER_THAN_PLAN_END_DATE, END_DATE_EARLIER_THAN_START, END_DATE_LATER_THAN_PLAN_END_DATE,
                    DEVELOPER_LEGAL_COMPANY_NAME_NOT_SPECIFIED, DEVELOPER_ADDRESS_NOT_SPECIFIED,
                    DEVELOPER_RATE_PLAN_ACCEPT_ERROR, DEVELOPER_HAS_FOLLOWING_OVERLAP_RATE_PLANS,
                    DEVELOPER_ALREADY_ACTIVE_ON_RATE_PLAN, ONLY_FUTURE_DEVELOPER_RATE_PLAN_CAN_BE_DELETED,
                    TNC_IN_USE, PRODUCT_NOT_PART_OF_ANY_MONETIZATION_PACKAGE, INVALID_REVISION_START_DATE ->
                HttpStatus.BAD_REQUEST;
        };
    }
}
