package org.openmint.transaction;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.openmint.catalog.CatalogService;
import org.openmint.developer.DeveloperAccount;
import org.openmint.developer.DeveloperService;
import org.openmint.error.ErrorCode;
import org.openmint.error.InvalidRequestException;
import org.openmint.error.MintException;
import org.openmint.error.ResourceNotFoundException;
import org.openmint.organization.OrganizationService;
import org.openmint.web.Paging;
import org.openmint.web.Timestamps;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds transactions (spec §8.3): a developer's in a time window, and the search by MintCriteria. Nothing found
 * answers {@code mint.noSuchResource}.
 */
@Service
class TransactionSearch {

    private static final int MAX_LIMIT = 1000;

    private final TransactionRepository transactions;
    private final TransactionViews views;
    private final OrganizationService organizations;
    private final DeveloperService developers;
    private final CatalogService catalog;
    private final Clock clock;

    TransactionSearch(TransactionRepository transactions, TransactionViews views, OrganizationService organizations,
            DeveloperService developers, CatalogService catalog, Clock clock) {
        this.transactions = transactions;
        this.views = views;
        this.organizations = organizations;
        this.developers = developers;
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * A developer's transactions in a time window, newest first: {@code utctime <= time < utctime2}, at most
     * one minute wide; without {@code utctime2} {@code utctime ± 5 s}; without either, now ± 5 s.
     *
     * @throws InvalidRequestException when a time or the limit is malformed, or the window is over a minute
     * @throws MintException {@code mint.noSuchResource} when none is found
     */
    @Transactional(readOnly = true)
    Transactions listForDeveloper(String org, String developerId, String utctime, String utctime2, String productId,
            String limit) {
        organizations.get(org);
        DeveloperAccount account = developers.requireDeveloperOrCompany(org, developerId);
        Instant start = utctime == null || utctime.isBlank() ? null : time("utctime", utctime);
        Instant end = utctime2 == null || utctime2.isBlank() ? null : time("utctime2", utctime2);
        Instant from;
        Instant to;
        if (start == null && end == null) {
            Instant now = clock.instant();
            from = now.minusSeconds(5);
            to = now.plusSeconds(5);
        } else if (end == null || start == null) {
            Instant at = start == null ? end : start;
            from = at.minusSeconds(5);
            to = at.plusSeconds(5);
        } else {
            from = start.isAfter(end) ? end : start;
            to = start.isAfter(end) ? start : end;
            if (from.equals(to)) {
                to = from.plusSeconds(1);
            }
            if (Duration.between(from, to).compareTo(Duration.ofMinutes(1)) > 0) {
                throw InvalidRequestException.forField("utctime2", utctime2,
                        "Parameter [utctime2] may be at most one minute after [utctime]");
            }
        }
        int max = limit == null || limit.isBlank() ? MAX_LIMIT : parseLimit(limit);
        String product = productId == null || productId.isBlank()
                ? null
                : catalog.requireProduct(org, productId).name();
        List<TransactionRow> rows = transactions.findByDeveloper(org, account.id(), from, to, product, max);
        return found(org, rows, rows.size());
    }

    /**
     * The transactions matching the criteria, newest first, paged.
     *
     * @throws InvalidRequestException when a date is malformed
     * @throws MintException {@code mint.noSuchResource} when none matches, or a criterion names no developer or app
     */
    @Transactional(readOnly = true)
    Transactions search(String org, TransactionSearchRequest request, Paging paging) {
        organizations.get(org);
        TransactionSearchRequest criteria = request == null ? TransactionSearchRequest.EMPTY : request;
        List<String> developerIds = new ArrayList<>();
        for (String id : criteria.ids(criteria.devCriteria())) {
            try {
                developerIds.add(developers.requireDeveloperOrCompany(org, id).id());
            } catch (ResourceNotFoundException unknown) {
                throw noneFound();
            }
        }
        List<String> appIds = criteria.ids(criteria.appCriteria());
        if (appIds.stream().anyMatch(id -> !isUuid(id))) {
            throw noneFound();
        }
        List<String> types = criteria.transactionTypes() == null
                ? List.of()
                : criteria.transactionTypes().stream().map(t -> t == null ? "" : t.trim().toUpperCase(Locale.ROOT))
                        .toList();
        Instant from = criteria.fromDate() == null ? null : time("fromDate", criteria.fromDate());
        Instant to = criteria.toDate() == null ? null : time("toDate", criteria.toDate()).plusSeconds(1);
        SearchCriteria search = new SearchCriteria(developerIds, appIds, criteria.ids(criteria.prodCriteria()),
                criteria.ids(criteria.pkgCriteria()),
                criteria.ids(criteria.currCriteria()).stream().map(c -> c.toLowerCase(Locale.ROOT)).toList(), types,
                from, to);
        TransactionRepository.Page page = transactions.search(org, search, paging.all() ? null : paging.size(),
                paging.all() ? 0 : (long) (paging.page() - 1) * paging.size());
        return found(org, page.rows(), page.total());
    }

    private Transactions found(String org, List<TransactionRow> rows, long total) {
        if (total == 0) {
            throw noneFound();
        }
        return new Transactions(views.views(org, rows), total);
    }

    private static MintException noneFound() {
        return new MintException(ErrorCode.NO_SUCH_RESOURCE,
                "Did not find any Transaction that matches the search criteria");
    }

    private static int parseLimit(String limit) {
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw InvalidRequestException.forField("limit", limit, "Parameter [limit] must be from 1 to " + MAX_LIMIT);
    }

    /** A UTC time given as {@code YYYY-MM-DD HH:mm:ss} (or with a {@code T}), or a day as {@code YYYY-MM-DD}. */
    private static Instant time(String field, String value) {
        String text = value.trim().replace('T', ' ');
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return LocalDateTime.parse(text, Timestamps.FORMAT).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw InvalidRequestException.forField(field, value, "Field [" + field + "] must be YYYY-MM-DD HH:mm:ss");
        }
    }

    private static boolean isUuid(String value) {
        try {
            UUID.fromString(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
