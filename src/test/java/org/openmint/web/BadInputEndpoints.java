package org.openmint.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every endpoint of the service as the corpus sees it: method, path with {@code {slot}}s for the
 * fixture's ids, a valid query and body to start from, and what makes each of them invalid: the
 * rules of its numbers, its required fields and the kinds of its query parameters.
 */
final class BadInputEndpoints {

    private BadInputEndpoints() {
    }

    /** A number's rule; each has literals that break it whatever else the request holds. */
    enum Rule {
        ANY_NON_ZERO,
        NON_NEGATIVE,
        POSITIVE,
        WHOLE_POSITIVE,
        WHOLE_NON_NEGATIVE;

        private static final List<String> MONEY = List.of("1e400", "1E+400", "-1e400", "99999999999999999999",
                "1e999999999", "-1e999999999", "1e-999999999", "1.00001", "0.00001", "-0.00001", "123.456789",
                "1000000000000000", "1E+15", "12345678901234567890.12", "0.000000000000000000001", "3.14159265358979");
        private static final List<String> WHOLE = List.of("1.5", "0.1", "1.00001", "99999999999999999999", "1e400",
                "1e999999999", "-1e999999999", "1e-999999999", "18446744073709551616", "2.0000001");
        private static final List<String> NEGATIVE = List.of("-1", "-0.5", "-1E+2", "-0.0001", "-99999");
        private static final List<String> ZERO = List.of("0", "0.0", "-0", "0E+3", "0.0000");

        /** Number literals this rule refuses. */
        List<String> refused() {
            return switch (this) {
                case ANY_NON_ZERO -> concat(MONEY, ZERO);
                case NON_NEGATIVE -> concat(MONEY, NEGATIVE);
                case POSITIVE -> concat(MONEY, NEGATIVE, ZERO);
                case WHOLE_POSITIVE -> concat(WHOLE, NEGATIVE, ZERO);
                case WHOLE_NON_NEGATIVE -> concat(WHOLE, NEGATIVE);
            };
        }

        @SafeVarargs
        private static List<String> concat(List<String>... lists) {
            return Stream.of(lists).flatMap(List::stream).toList();
        }
    }

    /** The kind of a query parameter and its values that are always refused. */
    enum Param {
        PAGING(List.of()),
        STRICT_BOOL(List.of("maybe", "yes", "1", "0", "on", "tru", "truee", "-1", "null",
                "TRUE!")),
        SPRING_BOOL(List.of("maybe", "2", "tru", "truee", "-1", "nope", "t r u e", "null")),
        COUNT(
                List.of("0", "-1", "1001", "abc", "99999999999", "1.5", "1e3", "0x10")),
        MONTH(
                List.of("13", "0", "FOO", "OCTOBERR", "-1", "1.5", "JAN UARY", "null")),
        YEAR(List.of(
                "abc", "99999999999", "1.5", "2026x", "20266", "-202", "0x7e9", "null")),
        TIME(
                List.of("garbage", "2026-13-01", "2026-02-30 00:00:00", "25:61",
                        "2026-01-01 99:00:00", "1' OR '1'='1",
                        "2026-01-01 00:00:00 OR 1=1", "null")),
        LIMIT(
                List.of("0", "-1", "abc", "99999999999", "1.5",
                        "1001")),
        ACTION(
                List.of("foo", "ACTIVEX", "",
                        "active inactive", "<script>",
                        "null")),
        /** An id the request needs; an unknown one is refused. */
        ID(List.of("nope", "' OR 1=1 --", "../usd", "%00", "x".repeat(300), "<script>alert(1)</script>")),
        /** An id the request may leave out; an unknown one is refused. */
        OPTIONAL_ID(ID.refused),
        /** Free text or an optional filter: no value is refused for sure. */
        TEXT(List.of());

        final List<String> refused;

        Param(List<String> refused) {
            this.refused = refused;
        }
    }

    /** What the endpoint does with a body. */
    enum BodyMode {
        NONE,
        REQUIRED,
        OPTIONAL,
        ANY_JSON
    }

    /**
     * One endpoint.
     *
     * @param query the valid query string to start from, without {@code ?}
     * @param body the valid JSON body to start from, with {@code {slot}}s
     * @param numbers body paths ({@code a.0.b}) and query parameters ({@code ?amount}) with their rules
     * @param required body paths that must be present and not null
     * @param params the query parameters it reads
     * @param freeSlots path slots in which a new id is legitimate (an upsert)
     * @param readOnly whether a valid request changes nothing
     */
    record Endpoint(String method, String path, String query, String body, BodyMode bodyMode,
            Map<String, Rule> numbers, List<String> required, Map<String, Param> params, Set<String> freeSlots,
            boolean readOnly) {

        boolean hasBody() {
            return bodyMode != BodyMode.NONE;
        }

        /** Typed: the body is read into a record, so any JSON that is not an object of it is refused. */
        boolean typedBody() {
            return bodyMode == BodyMode.REQUIRED;
        }

        @Override
        public String toString() {
            return method + " " + path + (query.isEmpty() ? "" : "?" + query);
        }
    }

    private static final String M = "/v1/mint/organizations/{org}";
    private static final String C = "/v1/organizations/{org}";
    private static final String PAGED = "page=1&size=20";

    static String ratePlan(String id) {
        return """
                {"id": "%s", "name": "%s", "displayName": "%s", "description": "plan", "type": "STANDARD",
                 "published": true, "isPrivate": false, "startDate": "2026-01-01 00:00:00",
                 "currency": {"id": "usd"}, "monetizationPackage": {"id": "fuzz-package"},
                 "organization": {"id": "fuzz-org"}, "setUpFee": 10, "recurringFee": 0, "earlyTerminationFee": 0,
                 "frequencyDuration": 1, "frequencyDurationType": "MONTH", "paymentDueDays": "30", "advance": false,
                 "prorate": false, "ratePlanDetails": [{"type": "RATECARD", "meteringType": "UNIT",
                   "ratingParameter": "VOLUME", "duration": 1, "durationType": "MONTH", "freemiumUnit": 0,
                   "currency": {"id": "usd"}, "organization": {"id": "fuzz-org"}, "paymentDueDays": "30",
                   "ratePlanRates": [{"type": "RATECARD", "startUnit": 0, "rate": 1}]}]}"""
                .formatted(id, id, id);
    }

    private static final String DEVELOPER_BODY = """
            {"email": "%s", "firstName": "Fuzz", "lastName": "Developer", "userName": "%s",
             "attributes": [{"name": "MINT_BILLING_TYPE", "value": "PREPAID"}, {"name": "colour", "value": "blue"}]}""";
    private static final String COMPANY_BODY = """
            {"name": "%s", "displayName": "Fuzz company", "attributes": [{"name": "MINT_BILLING_TYPE", "value": "PREPAID"}]}""";
    private static final String APP_BODY = """
            {"name": "%s", "apiProducts": ["fuzz-product"], "callbackUrl": "http://example.com",
             "attributes": [{"name": "colour", "value": "blue"}], "scopes": [], "keyExpiresIn": -1}""";
    private static final String PRODUCT_BODY = """
            {"name": "%s", "displayName": "Fuzz product", "description": "fuzzed", "approvalType": "auto",
             "apiResources": ["/"], "environments": ["test"], "proxies": [], "scopes": [], "quota": "10",
             "quotaInterval": "1", "quotaTimeUnit": "minute", "attributes": [{"name": "fuzz-attribute", "value": "v"}]}""";
    private static final String CURRENCY_BODY = """
            {"name": "%s", "displayName": "Currency", "description": "Currency", "organization": {"id": "fuzz-org"},
             "status": "ACTIVE", "virtualCurrency": false, "creditLimit": 100, "minimumTopupAmount": 1}""";
    private static final String PROVIDER_BODY = """
            {"id": "%s", "name": "Provider", "description": "fuzzed", "authType": "a", "credential": "c",
             "endpoint": "http://example.com", "merchantCode": "m"}""";
    private static final String CATEGORY_BODY = """
            {"name": "%s", "description": "fuzzed"}""";
    private static final String ROLE_BODY = """
            {"name": "%s", "description": "fuzzed", "organization": {"id": "fuzz-org"}}""";
    private static final String ORGANIZATION_BODY = """
            {"name": "Fuzz organization", "description": "changed", "timezone": "UTC", "currency": "USD",
             "supportedBillingType": "BOTH", "country": "US", "address": [{"address1": "1 Road", "city": "London",
             "country": "UK", "isPrimary": true, "state": "London", "zip": "SW1"}], "hasBroker": false}""";
    private static final String CORE_ORGANIZATION_BODY = """
            {"name": "%s", "displayName": "Fuzz", "type": "paid", "environments": ["prod", "test"],
             "properties": {"property": [{"name": "fuzz.property", "value": "on"}]}}""";
    private static final String CORE_ORGANIZATION_UPDATE = """
            {"displayName": "Fuzz organization", "type": "trial", "environments": ["prod"],
             "properties": {"property": [{"name": "features.isMonetizationEnabled", "value": "true"},
                                         {"name": "fuzz.property", "value": "off"}]}}""";
    private static final String USER_BODY = """
            {"username": "%s", "password": "another-long-password", "roles": {"fuzz-org": "orgadmin"}}""";
    private static final String ACCEPT_BODY = """
            {"developer": {"id": "%s"}, "ratePlan": {"id": "fuzz-open-plan"}, "startDate": "{today}",
             "endDate": "2099-12-31", "quotaTarget": 10, "suppressWarning": "true", "waveTerminationCharge": "false"}""";
    private static final String RELOAD_BODY = "{\"amount\": 10, \"supportedCurrency\": {\"id\": \"usd\"}}";
    private static final String RECURRING_BODY = """
            {"providerId": "fuzz-provider", "isRecurring": true, "chargePerUsage": false, "replenishAmount": 5,
             "recurringAmount": 50}""";
    private static final String USAGE_BODY = """
            {"application": {"id": "{appId}"}, "product": {"id": "fuzz-product"}, "batchSize": 1}""";
    private static final String FEE_BODY = """
            {"type": "SETUPFEES", "developer": {"id": "fuzz-dev@example.com"}, "ratePlan": {"id": "fuzz-plan"},
             "currency": {"id": "usd"}, "rate": 1}""";
    private static final String SEARCH_BODY = """
            {"devCriteria": [{"id": "fuzz-dev@example.com", "orgId": "fuzz-org"}], "prodCriteria": [{"id": "fuzz-product"}],
             "transactionTypes": ["CHARGE"], "fromDate": "2026-01-01 00:00:00", "toDate": "2099-01-01 00:00:00"}""";
    private static final String PACKAGE_BODY = """
            {"id": "%s", "name": "%s", "displayName": "Package", "description": "fuzzed", "organization": {"id": "fuzz-org"},
             "product": [{"id": "fuzz-product"}], "status": "CREATED"}""";
    private static final String TNC_BODY = """
            {"id": "%s", "organization": {"id": "fuzz-org"}, "url": "http://example.com", "tncText": "fuzzed",
             "version": "1.0", "startDate": "2026-01-01 00:00:00"}""";
    private static final String TNC_ACTION_BODY = "{\"action\": \"ACCEPTED\", \"auditDate\": \"2026-03-01 10:15:00\"}";

    /** The catalog. */
    static List<Endpoint> all() {
        List<Endpoint> all = new ArrayList<>();
        Map<String, Param> listing = Map.of("expand", Param.STRICT_BOOL, "count", Param.COUNT, "startKey", Param.TEXT);

        // organizations
        all.add(get(M).build());
        all.add(write("PUT", M, ORGANIZATION_BODY).required("name").freeSlots("org").build());

        // core organizations: the fixture's organization is not empty, so a DELETE is refused; pods are removed
        // from it, which it has none of, so a POST of pods is refused too
        all.add(get("/v1/organizations").query("expand=false").params(Map.of("expand", Param.STRICT_BOOL)).build());
        all.add(write("POST", "/v1/organizations", CORE_ORGANIZATION_BODY.formatted("new-org")).required("name")
                .build());
        all.add(get(C).build());
        all.add(write("POST", C, CORE_ORGANIZATION_UPDATE).build());
        all.add(write("PUT", C, CORE_ORGANIZATION_UPDATE).build());
        all.add(delete(C).build());
        all.add(get(C + "/pods").build());
        all.add(post(C + "/pods").query("region=dc-1&pod=gateway&action=remove")
                .params(Map.of("region", Param.ID, "pod", Param.ID, "action", Param.TEXT)).build());

        // supported currencies
        all.add(get(M + "/supported-currencies").paged().build());
        all.add(write("POST", M + "/supported-currencies", CURRENCY_BODY.formatted("EUR"))
                .numbers("creditLimit", Rule.NON_NEGATIVE, "minimumTopupAmount", Rule.NON_NEGATIVE)
                .required("name").build());
        all.add(get(M + "/supported-currencies/{currency}").build());
        all.add(write("PUT", M + "/supported-currencies/{currency}", CURRENCY_BODY.formatted("USD"))
                .numbers("creditLimit", Rule.NON_NEGATIVE, "minimumTopupAmount", Rule.NON_NEGATIVE).build());
        all.add(delete(M + "/supported-currencies/{currency}").build());

        // core developers, companies, apps, API products
        all.add(get(C + "/developers").query("expand=false&count=10").params(listing).build());
        all.add(write("POST", C + "/developers", DEVELOPER_BODY.formatted("new-dev@example.com", "newdev"))
                .required("email", "firstName", "lastName", "userName").build());
        all.add(get(C + "/developers/{developer}").build());
        all.add(write("PUT", C + "/developers/{developer}",
                DEVELOPER_BODY.formatted("fuzz-dev@example.com", "fuzz-dev"))
                .build());
        all.add(post(C + "/developers/{developer}").query("action=active").params(Map.of("action", Param.ACTION))
                .build());
        all.add(delete(C + "/developers/{developer}").build());
        all.add(get(C + "/companies").query("expand=true&count=10").params(listing).build());
        all.add(write("POST", C + "/companies", COMPANY_BODY.formatted("new-company")).required("name").build());
        all.add(get(C + "/companies/{company}").build());
        all.add(write("PUT", C + "/companies/{company}", COMPANY_BODY.formatted("fuzz-company")).build());
        all.add(new Builder("PUT", C + "/companies/{company}").query("action=active")
                .params(Map.of("action", Param.ACTION)).build());
        all.add(delete(C + "/companies/{company}").build());
        for (String owner : List.of("/developers/{developer}/apps", "/companies/{company}/apps")) {
            String app = owner.startsWith("/developers") ? "{app}" : "{companyApp}";
            all.add(get(C + owner).query("expand=true").params(listing).build());
            all.add(write("POST", C + owner, APP_BODY.formatted("new-app")).required("name").build());
            all.add(get(C + owner + "/" + app).build());
            all.add(write("PUT", C + owner + "/" + app, APP_BODY.formatted(app)).build());
            all.add(delete(C + owner + "/" + app).build());
        }
        all.add(get(C + "/apps/{appId}").build());
        all.add(get(C + "/apps").query("expand=true&count=10").params(listing).build());
        all.add(get(C + "/companies/{company}/developers").build());
        all.add(write("POST", C + "/companies/{company}/developers",
                "{\"developer\": [{\"email\": \"fuzz-dev@example.com\", \"role\": \"member\"}]}")
                .required("developer").build());
        all.add(delete(C + "/companies/{company}/developers/{developer}").build());
        all.add(get(C + "/developers/{developer}/apps/{app}/keys/{appKey}").build());
        all.add(post(C + "/companies/{company}").query("action=active").params(Map.of("action", Param.ACTION))
                .build());
        for (String app : List.of("/developers/{developer}/apps/{app}", "/companies/{company}/apps/{companyApp}")) {
            all.add(post(C + app).query("action=approve").params(Map.of("action", Param.ACTION)).build());
        }
        for (String owner : List.of("/developers/{developer}", "/companies/{company}",
                "/developers/{developer}/apps/{app}", "/companies/{company}/apps/{companyApp}")) {
            all.add(get(C + owner + "/attributes").build());
            all.add(write("POST", C + owner + "/attributes",
                    "{\"attribute\": [{\"name\": \"fuzz-attribute\", \"value\": \"w\"}]}").required("attribute")
                    .build());
            all.add(get(C + owner + "/attributes/{attribute}").build());
            all.add(write("POST", C + owner + "/attributes/{attribute}", "{\"value\": \"w\"}").required("value")
                    .freeSlots("attribute").build());
            all.add(delete(C + owner + "/attributes/{attribute}").build());
        }
        all.add(get(C + "/apiproducts").query("expand=true&count=10").params(Map.of("expand", Param.STRICT_BOOL,
                "count", Param.COUNT, "startKey", Param.TEXT, "attributename", Param.TEXT, "attributevalue",
                Param.TEXT))
                .build());
        all.add(write("POST", C + "/apiproducts", PRODUCT_BODY.formatted("new-product")).required("name").build());
        all.add(get(C + "/apiproducts/{product}").build());
        all.add(write("PUT", C + "/apiproducts/{product}", PRODUCT_BODY.formatted("fuzz-product")).build());
        all.add(delete(C + "/apiproducts/{product}").build());
        all.add(get(C + "/apiproducts/{product}/attributes").build());
        all.add(write("POST", C + "/apiproducts/{product}/attributes",
                "{\"attribute\": [{\"name\": \"fuzz-attribute\", \"value\": \"w\"}]}").required("attribute").build());
        all.add(get(C + "/apiproducts/{product}/attributes/{attribute}").build());
        all.add(write("POST", C + "/apiproducts/{product}/attributes/{attribute}",
                "{\"name\": \"{attribute}\", \"value\": \"w\"}")
                .required("value").freeSlots("attribute").build());
        all.add(delete(C + "/apiproducts/{product}/attributes/{attribute}").build());

        // mint view of developers, products, packages, rate plans
        all.add(get(M + "/developers").paged().build());
        all.add(get(M + "/developers/{developer}").build());
        all.add(get(M + "/companies").paged().build());
        all.add(get(M + "/companies/{company}").build());
        all.add(get(M + "/products").query("monetized=false&" + PAGED).paged()
                .params(Map.of("monetized", Param.STRICT_BOOL)).build());
        all.add(get(M + "/products/{product}").build());
        all.add(get(M + "/monetization-packages").query("monetized=false&" + PAGED).paged()
                .params(Map.of("monetized", Param.STRICT_BOOL)).build());
        all.add(write("POST", M + "/monetization-packages", PACKAGE_BODY.formatted("new-package", "new-package"))
                .required("name", "product").build());
        all.add(get(M + "/monetization-packages/{package}").build());
        all.add(delete(M + "/monetization-packages/{package}").build());
        all.add(new Builder("POST", M + "/monetization-packages/{package}/products/{looseProduct}")
                .body("{}", BodyMode.ANY_JSON)
                .build());
        all.add(delete(M + "/monetization-packages/{package}/products/{product}").build());
        all.add(get(M + "/rate-plans").paged().build());
        all.add(get(M + "/monetization-packages/{package}/rate-plans")
                .query("current=true&showPrivate=false&standard=true&" + PAGED)
                .paged().params(Map.of("current", Param.STRICT_BOOL, "showPrivate", Param.STRICT_BOOL,
                        "standard", Param.STRICT_BOOL))
                .build());
        Map<String, Rule> planNumbers = new LinkedHashMap<>();
        planNumbers.put("setUpFee", Rule.NON_NEGATIVE);
        planNumbers.put("recurringFee", Rule.NON_NEGATIVE);
        planNumbers.put("earlyTerminationFee", Rule.NON_NEGATIVE);
        planNumbers.put("ratePlanDetails.0.ratePlanRates.0.rate", Rule.NON_NEGATIVE);
        planNumbers.put("ratePlanDetails.0.ratePlanRates.0.startUnit", Rule.WHOLE_NON_NEGATIVE);
        planNumbers.put("ratePlanDetails.0.freemiumUnit", Rule.WHOLE_NON_NEGATIVE);
        all.add(write("POST", M + "/monetization-packages/{package}/rate-plans", ratePlan("new-plan"))
                .numbers(planNumbers).required("name", "startDate", "currency").build());
        all.add(get(M + "/monetization-packages/{package}/rate-plans/{plan}").build());
        all.add(write("PUT", M + "/monetization-packages/{package}/rate-plans/{plan}", ratePlan("fuzz-plan"))
                .numbers(planNumbers).build());
        all.add(delete(M + "/monetization-packages/{package}/rate-plans/{plan}").build());
        all.add(write("POST", M + "/monetization-packages/{package}/rate-plans/{plan}/revision",
                ratePlan("fuzz-plan-rev").replace("2026-01-01 00:00:00", "2099-01-01 00:00:00"))
                .numbers(planNumbers).required("startDate").build());

        // balances, credit limits, accepted plans of developers and companies
        for (String account : List.of("/developers/{developer}", "/companies/{company}")) {
            String owner = account.startsWith("/developers") ? "fuzz-dev@example.com" : "fuzz-company";
            all.add(get(M + account + "/developer-balances").query(PAGED).paged()
                    .params(Map.of("currencyId", Param.TEXT)).build());
            all.add(write("POST", M + account + "/developer-balances", RELOAD_BODY).numbers("amount", Rule.POSITIVE)
                    .required("amount", "supportedCurrency", "supportedCurrency.id").build());
            all.add(write("POST", M + account + "/developer-balances/recurring-setup", RECURRING_BODY)
                    .query("supportedCurrencyId=usd").params(Map.of("supportedCurrencyId", Param.ID))
                    .numbers("replenishAmount", Rule.NON_NEGATIVE, "recurringAmount", Rule.POSITIVE).build());
            for (String statement : List.of("/prepaid-developer-balance", "/prepaid-developer-balances")) {
                all.add(get(M + account + statement)
                        .query("billingMonth={month}&billingYear={year}&supportedCurrencyId=usd")
                        .params(Map.of("billingMonth", Param.MONTH, "billingYear", Param.YEAR,
                                "supportedCurrencyId", Param.ID))
                        .build());
            }
            all.add(write("POST", M + account + "/developer-rateplans", ACCEPT_BODY.formatted(owner))
                    .query("waivefees=true").params(Map.of("waivefees", Param.SPRING_BOOL))
                    .numbers("quotaTarget", Rule.WHOLE_NON_NEGATIVE).required("ratePlan", "ratePlan.id", "startDate")
                    .build());
            all.add(get(M + account + "/developer-rateplans").paged().build());
            all.add(get(M + account + "/developer-accepted-rateplans").paged().build());
            // what the account may buy
            all.add(get(M + account + "/monetization-packages").query("current=true&allAvailable=true&" + PAGED)
                    .paged().params(Map.of("current", Param.STRICT_BOOL, "allAvailable", Param.STRICT_BOOL)).build());
            all.add(get(M + account + "/eligible-products").paged().build());
            all.add(get(M + account + "/products/{product}/rate-plan-by-developer-product").query("showPrivate=false")
                    .params(Map.of("showPrivate", Param.STRICT_BOOL)).build());
        }
        all.add(new Builder("POST", M + "/developers/{postpaid}/developer-credit-limit")
                .query("amount=200&supportedCurrencyId=usd").numbers("?amount", Rule.NON_NEGATIVE)
                .params(Map.of("supportedCurrencyId", Param.ID)).build());
        all.add(get(M + "/developers/{postpaid}/developer-credit-limit").paged().build());
        all.add(get(M + "/developers/{developer}/developer-rateplans/{accepted}").build());
        all.add(write("PUT", M + "/developers/{developer}/developer-rateplans/{accepted}", """
                {"id": "{accepted}", "developer": {"id": "fuzz-dev@example.com"}, "ratePlan": {"id": "fuzz-plan"},
                 "endDate": "2099-06-30", "quotaTarget": 20, "suppressWarning": false}""")
                .numbers("quotaTarget", Rule.WHOLE_NON_NEGATIVE).build());
        all.add(delete(M + "/developers/{developer}/developer-rateplans/{accepted}").build());

        // payment providers
        all.add(get(M + "/providers").paged().build());
        all.add(write("POST", M + "/providers", PROVIDER_BODY.formatted("new-provider")).required("name").build());
        all.add(get(M + "/providers/{provider}").build());
        all.add(write("PUT", M + "/providers/{provider}", PROVIDER_BODY.formatted("fuzz-provider")).build());
        all.add(delete(M + "/providers/{provider}").build());

        // developer categories and roles
        all.add(get(M + "/developer-categories").paged().build());
        all.add(write("POST", M + "/developer-categories", CATEGORY_BODY.formatted("New category")).required("name")
                .build());
        all.add(get(M + "/developer-categories/{category}").build());
        all.add(write("PUT", M + "/developer-categories/{category}", CATEGORY_BODY.formatted("Fuzz category"))
                .required("name").build());
        all.add(delete(M + "/developer-categories/{category}").build());
        all.add(get(M + "/developer-roles").paged().build());
        all.add(write("POST", M + "/developer-roles", ROLE_BODY.formatted("New role")).required("name").build());

        // transactions and credits
        all.add(write("POST", M + "/transactions", USAGE_BODY).query("force=false")
                .params(Map.of("force", Param.SPRING_BOOL)).numbers("batchSize", Rule.WHOLE_POSITIVE,
                        "custAtt1", Rule.POSITIVE)
                .required("application", "application.id", "product", "product.id")
                .build());
        all.add(write("POST", M + "/transactions", FEE_BODY).query("force=false")
                .params(Map.of("force", Param.SPRING_BOOL)).numbers("rate", Rule.NON_NEGATIVE)
                .required("developer", "developer.id", "ratePlan", "ratePlan.id", "currency", "currency.id", "rate")
                .build());
        all.add(get(M + "/transactions/developers/{developer}").query("utctime={transactionTime}&limit=10")
                .params(Map.of("utctime", Param.TIME, "utctime2", Param.TIME, "utctme", Param.TEXT,
                        "utctme2", Param.TEXT, "productId", Param.TEXT, "limit", Param.LIMIT))
                .build());
        all.add(new Builder("POST", M + "/transaction-search").query(PAGED).paged().body(SEARCH_BODY, BodyMode.OPTIONAL)
                .readOnly().build());
        all.add(new Builder("POST",
                M + "/monetization-packages/{package}/rate-plans/{plan}/real-currency-credit-transactions")
                .query("billingMonth={month}&billingYear={year}&currencyId=usd&developerId=fuzz-dev%40example.com"
                        + "&transactionAmount=1&transactionNote=fuzz")
                .numbers("?transactionAmount", Rule.ANY_NON_ZERO)
                .params(Map.of("billingMonth", Param.MONTH, "billingYear", Param.YEAR, "currencyId", Param.ID,
                        "developerId", Param.ID, "productId", Param.OPTIONAL_ID, "transactionNote", Param.TEXT))
                .build());

        // suspensions
        all.add(get(M + "/suspended-developers").build());
        all.add(get(M + "/suspended-developers/{suspended}").build());
        all.add(delete(M + "/suspended-developers/{suspended}").build());
        all.add(post(M + "/suspended-developers/unsuspend-by-product/{org}@@@{product}").build());

        // terms and conditions, accepted or declined by developers and companies
        all.add(get(M + "/tncs").query("current=false&" + PAGED).paged()
                .params(Map.of("current", Param.STRICT_BOOL)).build());
        all.add(write("POST", M + "/tncs", TNC_BODY.formatted("new-tnc")).required("version", "startDate").build());
        all.add(get(M + "/tncs/{tnc}").build());
        all.add(write("PUT", M + "/tncs/{tnc}", TNC_BODY.formatted("{tnc}")).required("version", "startDate").build());
        all.add(delete(M + "/tncs/{tnc}").build());
        for (String account : List.of("/developers/{developer}", "/companies/{company}")) {
            all.add(get(M + account + "/developer-tncs").query("current=false")
                    .params(Map.of("current", Param.STRICT_BOOL)).build());
            all.add(write("POST", M + account + "/tncs/{tnc}/developer-tncs", TNC_ACTION_BODY).required("action")
                    .build());
        }

        // emulator users
        all.add(get("/emulator/users").paged().build());
        all.add(write("POST", "/emulator/users", USER_BODY.formatted("new-user@example.com"))
                .required("username", "password")
                .build());
        all.add(get("/emulator/users/{user}").build());
        all.add(write("PUT", "/emulator/users/{user}", USER_BODY.formatted("{user}")).build());
        all.add(delete("/emulator/users/{user}").build());
        return List.copyOf(all);
    }

    private static Builder get(String path) {
        return new Builder("GET", path).readOnly();
    }

    private static Builder post(String path) {
        return new Builder("POST", path);
    }

    private static Builder delete(String path) {
        return new Builder("DELETE", path);
    }

    private static Builder write(String method, String path, String body) {
        return new Builder(method, path).body(body, BodyMode.REQUIRED);
    }

    private static final class Builder {

        private final String method;
        private final String path;
        private String query = "";
        private String body;
        private BodyMode bodyMode = BodyMode.NONE;
        private final Map<String, Rule> numbers = new LinkedHashMap<>();
        private List<String> required = List.of();
        private final Map<String, Param> params = new LinkedHashMap<>();
        private Set<String> freeSlots = Set.of();
        private boolean readOnly;

        Builder(String method, String path) {
            this.method = method;
            this.path = path;
        }

        Builder query(String query) {
            this.query = query;
            return this;
        }

        Builder paged() {
            params.put("page", Param.PAGING);
            params.put("size", Param.PAGING);
            params.put("all", Param.PAGING);
            return this;
        }

        Builder params(Map<String, Param> params) {
            this.params.putAll(params);
            return this;
        }

        Builder body(String body, BodyMode mode) {
            this.body = body;
            this.bodyMode = mode;
            return this;
        }

        Builder numbers(String field, Rule rule, Object... more) {
            numbers.put(field, rule);
            for (int i = 0; i + 1 < more.length; i += 2) {
                numbers.put((String) more[i], (Rule) more[i + 1]);
            }
            return this;
        }

        Builder numbers(Map<String, Rule> rules) {
            numbers.putAll(rules);
            return this;
        }

        Builder required(String... fields) {
            this.required = List.of(fields);
            return this;
        }

        Builder freeSlots(String... slots) {
            this.freeSlots = Set.of(slots);
            return this;
        }

        Builder readOnly() {
            this.readOnly = true;
            return this;
        }

        Endpoint build() {
            return new Endpoint(method, path, query, body, bodyMode,
                    Collections.unmodifiableSortedMap(new TreeMap<>(numbers)),
                    required, Collections.unmodifiableSortedMap(new TreeMap<>(params)), freeSlots, readOnly);
        }
    }
}
