package org.openmint.scenario;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.openmint.Api;
import org.openmint.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes the data a test needs over the HTTP API, as a client would, and checks each answer: an
 * organization, then in it currencies, developers, companies, products, packages, rate plans, apps,
 * accepted plans, reloads, credit limits and payment providers; and organization users. The names it
 * makes up are fresh, so tests never share data or depend on their order. {@link #on} starts without
 * an organization; {@link #organization()} and its kin create one and answer a scenario in it, whose
 * methods add to it and return it (or the name of what they made).
 */
public final class Scenario {

    private static final String ORGANIZATION_FIXTURE = "mint/organizations/phpunit/GET.json";

    private final Api api;
    private final String org;

    private Scenario(Api api, String org) {
        this.api = api;
        this.org = org;
    }

    /** A scenario that talks to the service through this client, in no organization yet. */
    public static Scenario on(Api api) {
        return new Scenario(api, null);
    }

    /** A name nobody has used yet: the prefix, a dash and eight hexadecimal digits. */
    public static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The path of an organization in the mint API. */
    public static String mint(String org) {
        return "/v1/mint/organizations/" + org;
    }

    /** The path of an organization in the core Edge API. */
    public static String edge(String org) {
        return "/v1/organizations/" + org;
    }

    /** The path of an organization's developers in the core Edge API. */
    public static String developers(String org) {
        return edge(org) + "/developers";
    }

    /** The path of an organization's companies in the core Edge API. */
    public static String companies(String org) {
        return edge(org) + "/companies";
    }

    /** The path of a developer's apps (the developer by email or id). */
    public static String developerApps(String org, String developer) {
        return developers(org) + "/" + developer + "/apps";
    }

    /** The path of a company's apps. */
    public static String companyApps(String org, String company) {
        return companies(org) + "/" + company + "/apps";
    }

    /** The path of an app by its id, a developer's or a company's. */
    public static String appById(String org, String appId) {
        return edge(org) + "/apps/" + appId;
    }

    /** The organization this scenario makes its data in. */
    public String org() {
        if (org == null) {
            throw new IllegalStateException("No organization yet: start with organization()");
        }
        return org;
    }

    // ------------------------------------------------------------------ organizations

    /** A new organization "Test organization {id}" in UTC. */
    public Scenario organization() {
        return organization(profile -> {
        });
    }

    /** A new organization "Test organization {id}" in UTC with these changes to its profile. */
    public Scenario organization(Consumer<ObjectNode> changes) {
        String id = uniqueId("org");
        ObjectNode profile = JsonNodeFactory.instance.objectNode().put("name", "Test organization " + id)
                .put("timezone", "UTC");
        changes.accept(profile);
        return create(id, profile);
    }

    /** A new organization with a copy of this profile (its id replaced). */
    public Scenario organizationLike(JsonNode profile) {
        String id = uniqueId("org");
        ObjectNode copy = (ObjectNode) profile.deepCopy();
        copy.put("id", id);
        return create(id, copy);
    }

    /** A new organization with the profile of the mint fixtures: time zone Australia/Eucla (UTC+08:45). */
    public Scenario organizationLikeTheFixture() {
        return organizationLike(Fixtures.load(ORGANIZATION_FIXTURE));
    }

    /**
     * The catalog of the mint fixtures: an organization like theirs, their USD (minimum top-up 10), and
     * product {@code phpunit} in package {@code phpunit}.
     */
    public Scenario fixtureCatalog() {
        return organizationLikeTheFixture().currency(CurrencyBody.fixtureUsd()).product("phpunit")
                .monetizationPackage("phpunit", "phpunit");
    }

    /** This scenario in an organization made elsewhere. */
    public Scenario in(String organization) {
        return new Scenario(api, organization);
    }

    private Scenario create(String id, ObjectNode profile) {
        api.put(mint(id), profile.toString()).expectStatus(201);
        return new Scenario(api, id);
    }

    // ------------------------------------------------------------------ currencies and accounts

    /** Adds an ACTIVE currency of this ISO code. */
    public Scenario currency(String code) {
        return currency(CurrencyBody.of(code));
    }

    public Scenario currency(CurrencyBody currency) {
        api.post(mint(org()) + "/supported-currencies", currency.json(org())).expectStatus(201);
        return this;
    }

    /** Registers a fresh developer without attributes; answers its email. */
    public String developer() {
        return developer(DeveloperBody.fresh());
    }

    /** Registers a fresh developer of this billing type (PREPAID or POSTPAID); answers its email. */
    public String developer(String billingType) {
        return developer(DeveloperBody.fresh().billingType(billingType));
    }

    /** Registers the developer; answers its email. */
    public String developer(DeveloperBody developer) {
        register(developer);
        return developer.email();
    }

    /** Registers the developer; answers the id the service gave it. */
    public String developerId(DeveloperBody developer) {
        return register(developer).json().get("developerId").asString();
    }

    private Api.Response register(DeveloperBody developer) {
        return api.post(developers(org()), developer.json()).expectStatus(201);
    }

    /** Registers a fresh company without attributes; answers its name. */
    public String company() {
        return company(CompanyBody.fresh());
    }

    /** Registers a fresh company of this billing type; answers its name. */
    public String company(String billingType) {
        return company(CompanyBody.fresh().billingType(billingType));
    }

    /** Registers the company; answers its name. */
    public String company(CompanyBody company) {
        api.post(companies(org()), company.json()).expectStatus(201);
        return company.name();
    }

    // ------------------------------------------------------------------ catalog

    /** Adds an API product of this name as {@link ProductBody#named} makes it. */
    public Scenario product(String name) {
        return product(ProductBody.named(name));
    }

    public Scenario product(ProductBody product) {
        api.post(edge(org()) + "/apiproducts", product.json()).expectStatus(201);
        return this;
    }

    /** Adds a monetization package with this id (and name) holding these products. */
    public Scenario monetizationPackage(String id, String... products) {
        List<Map<String, String>> productIds = new ArrayList<>();
        for (String product : products) {
            productIds.add(Map.of("id", product));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("name", id);
        body.put("displayName", "PHPUnit");
        body.put("description", "This is a test API package.");
        body.put("organization", Map.of("id", org()));
        body.put("product", productIds);
        body.put("status", "CREATED");
        api.post(mint(org()) + "/monetization-packages", Json.write(body)).expectStatus(201);
        return this;
    }

    /** Adds the rate plan to its package. */
    public Scenario ratePlan(RatePlanBody plan) {
        api.post(mint(org()) + "/monetization-packages/" + plan.packageId() + "/rate-plans",
                plan.json(org()).toString()).expectStatus(201);
        return this;
    }

    // ------------------------------------------------------------------ apps and accepted plans

    /** Creates an app of the developer (by email or id); answers the app. */
    public JsonNode developerApp(String developer, AppBody app) {
        return api.post(developerApps(org(), developer), app.json()).expectStatus(201).json();
    }

    /** Creates an app of the company; answers the app. */
    public JsonNode companyApp(String company, AppBody app) {
        return api.post(companyApps(org(), company), app.json()).expectStatus(201).json();
    }

    /**
     * The developer accepts the rate plan from today (in the organization's time zone), its fees waived
     * and overlap warnings suppressed; answers the accepted plan.
     */
    public JsonNode acceptPlan(String developer, String ratePlan) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("developer", Map.of("id", developer));
        body.put("ratePlan", Map.of("id", ratePlan));
        body.put("startDate", today().toString());
        body.put("suppressWarning", "true");
        body.put("waveTerminationCharge", "false");
        return api.post(mint(org()) + "/developers/" + developer + "/developer-rateplans?waivefees=true",
                Json.write(body)).expectStatus(201).json();
    }

    private LocalDate today() {
        String zone = api.get(mint(org())).expectStatus(200).json().get("timezone").asString();
        return LocalDate.now(ZoneId.of(zone, ZoneId.SHORT_IDS));
    }

    // ------------------------------------------------------------------ money

    /** Adds this amount of USD to the prepaid balance of the developer (by email or id). */
    public Scenario reload(String developer, String amount) {
        return reload(developer, "usd", amount);
    }

    /** Adds this amount to the prepaid balance of the developer in the currency of this id. */
    public Scenario reload(String developer, String currencyId, String amount) {
        return reloadAccount(mint(org()) + "/developers/" + developer, currencyId, amount);
    }

    /** Adds this amount of USD to the prepaid balance of the company. */
    public Scenario reloadCompany(String company, String amount) {
        return reloadAccount(mint(org()) + "/companies/" + company, "usd", amount);
    }

    private Scenario reloadAccount(String account, String currencyId, String amount) {
        api.post(account + "/developer-balances",
                "{\"amount\": " + amount + ", \"supportedCurrency\": {\"id\": \"" + currencyId + "\"}}")
                .expectStatus(200);
        return this;
    }

    /** Sets the USD credit limit of the postpaid developer. */
    public Scenario creditLimit(String developer, String amount) {
        api.send("POST", mint(org()) + "/developers/" + developer + "/developer-credit-limit?amount=" + amount
                + "&supportedCurrencyId=usd", null, null).expectStatus(201);
        return this;
    }

    /** Adds a payment provider with this id (and name), which recurring reloads name. */
    public Scenario provider(String id) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("name", id);
        body.put("description", "test");
        body.put("authType", "a");
        body.put("credential", "c");
        body.put("endpoint", "http://example.com");
        body.put("merchantCode", "m");
        api.post(mint(org()) + "/providers", Json.write(body)).expectStatus(201);
        return this;
    }

    // ------------------------------------------------------------------ users

    /** Creates an organization user with {@link UserBody#PASSWORD} and these roles; answers its username. */
    public String user(Map<String, String> roles) {
        return user(UserBody.newUsername(), roles);
    }

    /** Creates this organization user with {@link UserBody#PASSWORD} and these roles; answers its username. */
    public String user(String username, Map<String, String> roles) {
        api.post("/emulator/users", UserBody.json(username, UserBody.PASSWORD, roles)).expectStatus(201);
        return username;
    }
}
