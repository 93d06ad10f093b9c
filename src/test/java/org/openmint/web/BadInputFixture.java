package org.openmint.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import org.openmint.Api;
import org.openmint.OpenMintApplication;
import org.openmint.TestDatabaseConfiguration;
import org.openmint.scenario.AppBody;
import org.openmint.scenario.CompanyBody;
import org.openmint.scenario.CurrencyBody;
import org.openmint.scenario.DeveloperBody;
import org.openmint.scenario.Scenario;
import org.openmint.scenario.UserBody;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.openmint.scenario.Scenario.edge;
import static org.openmint.scenario.Scenario.mint;

/**
 * The running service the bad-input corpus talks to, started once with the test profile on a random
 * port and its own embedded PostgreSQL, and an organization holding at least one of every entity:
 * currency, API product with an attribute, package, rate plans, developers (prepaid, postpaid,
 * suspended), company, apps, balance with a recurring setup, credit limit, accepted plan,
 * transactions, credit, payment provider, terms and conditions accepted by the developer and the
 * company, developer category and role, and organization users.
 */
final class BadInputFixture {

    static final String ADMIN = "admin@example.com";
    static final String ADMIN_PASSWORD = "test-admin-password";
    static final String USER_PASSWORD = UserBody.PASSWORD;

    static final String ORG = "fuzz-org";
    static final String OTHER_ORG = "fuzz-other";
    static final String CURRENCY = "usd";
    static final String PRODUCT = "fuzz-product";
    static final String LOOSE_PRODUCT = "fuzz-loose-product";
    static final String ATTRIBUTE = "fuzz-attribute";
    static final String PACKAGE = "fuzz-package";
    static final String PLAN = "fuzz-plan";
    static final String OPEN_PLAN = "fuzz-open-plan";
    static final String DEVELOPER = "fuzz-dev@example.com";
    static final String POSTPAID = "fuzz-postpaid@example.com";
    static final String SUSPENDED = "fuzz-broke@example.com";
    static final String COMPANY = "fuzz-company";
    static final String APP = "fuzz-app";
    static final String COMPANY_APP = "fuzz-company-app";
    static final String PROVIDER = "fuzz-provider";
    static final String TNC = "fuzz-tnc";
    static final String CATEGORY = "fuzz-category";
    static final String READER = "fuzz-reader@example.com";
    static final String STRANGER = "fuzz-stranger@example.com";

    private final ConfigurableApplicationContext context;
    private final JdbcClient jdbc;
    final Api api;
    final int port;
    /** The value of every path slot of {@link BadInputEndpoints} for the fixture's entities. */
    final Map<String, String> slots = new LinkedHashMap<>();

    private BadInputFixture(ConfigurableApplicationContext context) {
        this.context = context;
        this.jdbc = JdbcClient.create(context.getBean(DataSource.class));
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.api = new Api("http://localhost:" + port, ADMIN, ADMIN_PASSWORD);
    }

    static BadInputFixture start() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "bad-input-");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(OpenMintApplication.class,
                TestDatabaseConfiguration.class).profiles("test")
                .run("--server.port=0", "--mint.data-dir=" + dataDir, "--logging.level.org.openmint=WARN");
        BadInputFixture fixture = new BadInputFixture(context);
        fixture.build();
        return fixture;
    }

    void stop() {
        context.close();
    }

    private void build() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        api.put(mint(ORG), "{\"name\": \"Fuzz organization\", \"timezone\": \"UTC\", \"currency\": \"USD\","
                + " \"supportedBillingType\": \"BOTH\"}").expectStatus(201);
        api.put(mint(OTHER_ORG), "{\"name\": \"Other organization\", \"timezone\": \"UTC\"}").expectStatus(201);
        Scenario world = Scenario.on(api).in(ORG)
                .currency(CurrencyBody.of("USD").named("US Dollar").creditLimit("500"));
        api.post(edge(ORG) + "/apiproducts", """
                {"name": "%s", "displayName": "Fuzz product", "description": "fuzzed", "approvalType": "auto",
                 "apiResources": ["/"], "environments": ["test"], "attributes": [{"name": "%s", "value": "v"}]}"""
                .formatted(PRODUCT, ATTRIBUTE)).expectStatus(201);
        world.product(LOOSE_PRODUCT).monetizationPackage(PACKAGE, PRODUCT);
        api.post(mint(ORG) + "/monetization-packages/" + PACKAGE + "/rate-plans", BadInputEndpoints.ratePlan(PLAN))
                .expectStatus(201);
        api.post(mint(ORG) + "/monetization-packages/" + PACKAGE + "/rate-plans", BadInputEndpoints.ratePlan(OPEN_PLAN))
                .expectStatus(201);
        for (String developer : List.of(DEVELOPER, POSTPAID, SUSPENDED)) {
            world.developer(DeveloperBody.withEmail(developer)
                    .billingType(developer.equals(POSTPAID) ? "POSTPAID" : "PREPAID").legalDetails()
                    .attribute(ATTRIBUTE, "v"));
        }
        world.company(CompanyBody.named(COMPANY).billingType("PREPAID").attributes(ATTRIBUTE, "v"));
        JsonNode app = world.developerApp(DEVELOPER, AppBody.named(APP).products(PRODUCT).attributes(ATTRIBUTE, "v"));
        String appId = app.get("appId").asString();
        String appKey = app.get("credentials").get(0).get("consumerKey").asString();
        world.companyApp(COMPANY, AppBody.named(COMPANY_APP).products(PRODUCT).attributes(ATTRIBUTE, "v"));
        String brokeApp = world.developerApp(SUSPENDED, AppBody.named("broke-app").products(PRODUCT)).get("appId")
                .asString();
        world.provider(PROVIDER);
        api.post(mint(ORG) + "/developer-categories", """
                {"id": "%s", "name": "Fuzz category", "description": "fixture"}""".formatted(CATEGORY))
                .expectStatus(201);
        api.post(mint(ORG) + "/developer-roles", "{\"name\": \"Fuzz role\", \"description\": \"fixture\"}")
                .expectStatus(201);

        world.reload(DEVELOPER, "100");
        api.post(mint(ORG) + "/developers/" + DEVELOPER + "/developer-balances/recurring-setup?supportedCurrencyId=usd",
                "{\"providerId\": \"" + PROVIDER + "\", \"isRecurring\": false, \"replenishAmount\": 5,"
                        + " \"recurringAmount\": 50}")
                .expectStatus(200);
        world.reloadCompany(COMPANY, "10").reload(SUSPENDED, "3").creditLimit(POSTPAID, "100");
        String accepted = world.acceptPlan(DEVELOPER, PLAN).get("id").asString();
        world.acceptPlan(SUSPENDED, PLAN);
        String transactionTime = api.post(mint(ORG) + "/transactions", """
                {"application": {"id": "%s"}, "product": {"id": "%s"}, "batchSize": 2}""".formatted(appId, PRODUCT))
                .expectStatus(201).json().get("utcStartTime").asString();
        api.post(mint(ORG) + "/transactions", """
                {"application": {"id": "%s"}, "product": {"id": "%s"}, "batchSize": 3}""".formatted(brokeApp, PRODUCT))
                .expectStatus(201);
        api.get(mint(ORG) + "/suspended-developers/" + SUSPENDED).expectStatus(200);
        LocalDate now = LocalDate.now(ZoneOffset.UTC);
        api.send("POST", mint(ORG) + "/monetization-packages/" + PACKAGE + "/rate-plans/" + PLAN
                + "/real-currency-credit-transactions?billingMonth=" + now.getMonth().name() + "&billingYear="
                + now.getYear() + "&currencyId=usd&developerId=" + DEVELOPER
                + "&transactionAmount=0.5&transactionNote=fixture", null, null).expectStatus(201);

        api.post(mint(ORG) + "/tncs", """
                {"id": "%s", "version": "1.0", "startDate": "2020-01-01", "url": "http://example.com"}"""
                .formatted(TNC)).expectStatus(201);
        for (String account : List.of("/developers/" + DEVELOPER, "/companies/" + COMPANY)) {
            api.post(mint(ORG) + account + "/tncs/" + TNC + "/developer-tncs", "{\"action\": \"ACCEPTED\"}")
                    .expectStatus(200);
        }

        world.user(READER, Map.of(ORG, "readonly"));
        world.user(STRANGER, Map.of(OTHER_ORG, "orgadmin"));

        slots.put("org", ORG);
        slots.put("currency", CURRENCY);
        slots.put("product", PRODUCT);
        slots.put("looseProduct", LOOSE_PRODUCT);
        slots.put("attribute", ATTRIBUTE);
        slots.put("package", PACKAGE);
        slots.put("plan", PLAN);
        slots.put("developer", DEVELOPER);
        slots.put("postpaid", POSTPAID);
        slots.put("suspended", SUSPENDED);
        slots.put("company", COMPANY);
        slots.put("app", APP);
        slots.put("companyApp", COMPANY_APP);
        slots.put("appId", appId);
        slots.put("appKey", appKey);
        slots.put("provider", PROVIDER);
        slots.put("tnc", TNC);
        slots.put("category", CATEGORY);
        slots.put("user", READER);
        slots.put("accepted", accepted);
        slots.put("today", today);
        slots.put("transactionTime", transactionTime.replace(" ", "%20"));
        slots.put("month", now.getMonth().name());
        slots.put("year", Integer.toString(now.getYear()));
    }

    /**
     * The next transaction id PostgreSQL will hand out. Only a transaction that writes (or locks rows)
     * takes one, so an unchanged value proves that nothing was written, and the tables need no hashing.
     */
    String nextTransactionId() {
        return jdbc.sql("SELECT pg_snapshot_xmax(pg_current_snapshot())::text").query(String.class).single();
    }

    /** Row count and content hash of every table: a refused request leaves all of them as they were. */
    Map<String, String> tables() {
        List<String> names = jdbc.sql("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name""")
                .query(String.class).list();
        String query = names.stream().map(name -> "SELECT '" + name + "' AS name, count(*) || ' rows, md5 '"
                + " || coalesce(md5(string_agg(md5(t::text), ',' ORDER BY md5(t::text))), '-') AS state"
                + " FROM \"" + name + "\" t")
                .collect(Collectors.joining(" UNION ALL "));
        Map<String, String> state = new TreeMap<>();
        jdbc.sql(query).query((rs, row) -> state.put(rs.getString("name"), rs.getString("state"))).list();
        return state;
    }

    /** The fixture as a client sees it: the answer to a GET of each entity and list. */
    Map<String, String> views() {
        String dev = mint(ORG) + "/developers/" + DEVELOPER;
        List<String> paths = List.of(mint(ORG), mint(ORG) + "/supported-currencies?all=true",
                edge(ORG) + "/apiproducts?expand=true", edge(ORG) + "/apiproducts/" + PRODUCT + "/attributes",
                mint(ORG) + "/monetization-packages?all=true", mint(ORG) + "/products?monetized=false",
                mint(ORG) + "/rate-plans?all=true", edge(ORG) + "/developers?expand=true",
                edge(ORG) + "/companies?expand=true", edge(ORG) + "/developers/" + DEVELOPER + "/apps?expand=true",
                edge(ORG) + "/companies/" + COMPANY + "/apps?expand=true", edge(ORG) + "/apps/" + slots.get("appId"),
                mint(ORG) + "/developers?all=true", mint(ORG) + "/companies/" + COMPANY,
                dev + "/developer-balances?all=true", mint(ORG) + "/companies/" + COMPANY + "/developer-balances",
                dev + "/prepaid-developer-balance?billingMonth=" + slots.get("month") + "&billingYear="
                        + slots.get("year"),
                mint(ORG) + "/developers/" + POSTPAID + "/developer-credit-limit",
                dev + "/developer-accepted-rateplans?all=true", dev + "/developer-rateplans/" + slots.get("accepted"),
                mint(ORG) + "/providers?all=true", mint(ORG) + "/suspended-developers", "/emulator/users?all=true",
                mint(OTHER_ORG), mint(ORG) + "/tncs?all=true", dev + "/developer-tncs",
                mint(ORG) + "/companies/" + COMPANY + "/developer-tncs",
                mint(ORG) + "/developer-categories?all=true", mint(ORG) + "/developer-roles?all=true",
                edge(ORG), edge(ORG) + "/pods", "/v1/organizations?expand=true");
        Map<String, String> views = new LinkedHashMap<>();
        for (String path : paths) {
            views.put(path, api.get(path).expectStatus(200).body());
        }
        views.put("transaction-search",
                api.post(mint(ORG) + "/transaction-search?all=true", "{}").expectStatus(200).body());
        return views;
    }
}
