package org.openmint.scenario;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The body that adds a supported currency: a real currency by its ISO code, ACTIVE unless said otherwise. */
public final class CurrencyBody {

    private final String code;
    private String displayName;
    private String description;
    private String status = "ACTIVE";
    private BigDecimal creditLimit;
    private BigDecimal minimumTopupAmount;

    private CurrencyBody(String code) {
        this.code = code;
        this.displayName = code;
        this.description = code + " currency";
    }

    /** The currency of this ISO code (its id is the code in lower case). */
    public static CurrencyBody of(String code) {
        return new CurrencyBody(code);
    }

    /** The USD of the mint fixtures: "United States Dollars", minimum top-up 10. */
    public static CurrencyBody fixtureUsd() {
        return of("USD").named("United States Dollars").minimumTopup("10");
    }

    /** Display name and description. */
    public CurrencyBody named(String displayName) {
        this.displayName = displayName;
        this.description = displayName;
        return this;
    }

    public CurrencyBody inactive() {
        this.status = "INACTIVE";
        return this;
    }

    /** The credit limit of postpaid accounts without one of their own. */
    public CurrencyBody creditLimit(String amount) {
        this.creditLimit = new BigDecimal(amount);
        return this;
    }

    /** The least amount a prepaid balance may be reloaded with. */
    public CurrencyBody minimumTopup(String amount) {
        this.minimumTopupAmount = new BigDecimal(amount);
        return this;
    }

    public String json(String org) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", code);
        body.put("displayName", displayName);
        body.put("description", description);
        body.put("organization", Map.of("id", org));
        body.put("status", status);
        body.put("virtualCurrency", false);
        if (creditLimit != null) {
            body.put("creditLimit", creditLimit);
        }
        if (minimumTopupAmount != null) {
            body.put("minimumTopupAmount", minimumTopupAmount);
        }
        return Json.write(body);
    }
}
