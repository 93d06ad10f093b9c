package org.openmint.transaction;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.openmint.app.AppService;
import org.openmint.catalog.CatalogService;
import org.openmint.currency.CurrencyService;
import org.openmint.currency.SupportedCurrency;
import org.openmint.developer.DeveloperService;
import org.openmint.money.Money;
import org.openmint.web.Timestamps;
import org.springframework.stereotype.Component;

/**
 * Transactions as the mint API shows them ({@link TransactionView}), with the app, developer, product and
 * currency they name; each of those is looked up once per list.
 */
@Component
class TransactionViews {

    private final AppService apps;
    private final CatalogService catalog;
    private final CurrencyService currencies;
    private final DeveloperService developers;

    TransactionViews(AppService apps, CatalogService catalog, CurrencyService currencies,
            DeveloperService developers) {
        this.apps = apps;
        this.catalog = catalog;
        this.currencies = currencies;
        this.developers = developers;
    }

    TransactionView view(String org, TransactionRow row) {
        return new Lookups(org).view(row);
    }

    List<TransactionView> views(String org, List<TransactionRow> rows) {
        Lookups lookups = new Lookups(org);
        return rows.stream().map(lookups::view).toList();
    }

    /** The entities a list of transactions embeds, each looked up once. */
    private final class Lookups {

        private final String org;
        private final Map<String, Object> found = new HashMap<>();

        Lookups(String org) {
            this.org = org;
        }

        @SuppressWarnings("unchecked")
        private <T> T get(String key, Supplier<T> lookup) {
            return (T) found.computeIfAbsent(key, k -> lookup.get());
        }

        TransactionView view(TransactionRow row) {
            SupportedCurrency currency = get("currency:" + row.currencyId(),
                    () -> currencies.require(org, row.currencyId()));
            String time = Timestamps.utc(row.createdAt());
            List<BigDecimal> c = row.custAtts();
            return new TransactionView(
                    row.appId() == null
                            ? null
                            : get("app:" + row.appId(),
                                    () -> apps.mintView(org, row.appId().toString())),
                    row.batchSize(), currency.name().toUpperCase(Locale.ROOT),
                    c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5), c.get(6), c.get(7), c.get(8), c.get(9),
                    get("developer:" + row.developerId(), () -> developers.mintView(org, row.developerId())),
                    time, row.id().toString(), currency.virtualCurrency(), row.notes(), row.packageId(),
                    row.productId() == null
                            ? null
                            : get("product:" + row.productId(),
                                    () -> catalog.productView(org, row.productId())),
                    row.ledgerEntryId().toString(), row.rate(), row.ratePlanLevel(), row.ratedUnits(), Money.ZERO,
                    time, "SUCCESS", "SUCCESS", row.type().name(), time, time);
        }
    }
}
