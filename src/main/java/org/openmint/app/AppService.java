package org.openmint.app;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.openmint.attribute.Attribute;
import org.openmint.attribute.Attributes;
import org.openmint.cache.ReferenceCache;
import org.openmint.developer.DeveloperAccount;
import org.openmint.developer.DeveloperService;
import org.openmint.error.DuplicateEntityException;
import org.openmint.error.InvalidRequestException;
import org.openmint.error.ResourceNotFoundException;
import org.openmint.organization.OrganizationService;
import org.openmint.product.ApiProduct;
import org.openmint.product.ProductService;
import org.openmint.security.CurrentUser;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers the apps of developers and companies (core Edge API) and answers for them to the other
 * features: an app is found by its UUID whoever owns it.
 */
@Service
public class AppService {

    /** Edge's limit on one list page. */
    static final int MAX_COUNT = 1000;

    /** App names as Apigee's naming guidelines allow them. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._#$%-]{0,254}");
    private static final int MAX_CALLBACK_URL = 2048;
    private static final int MAX_SCOPE = 255;
    private static final String NOTES = "Notes";
    private static final String KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int CONSUMER_KEY_LENGTH = 32;
    private static final int CONSUMER_SECRET_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AppRepository apps;
    private final DeveloperService developers;
    private final ProductService products;
    private final OrganizationService organizations;
    private final ReferenceCache cache;
    private final Clock clock;

    AppService(AppRepository apps, DeveloperService developers, ProductService products,
            OrganizationService organizations, ReferenceCache cache, Clock clock) {
        this.apps = apps;
        this.developers = developers;
        this.products = products;
        this.organizations = organizations;
        this.cache = cache;
        this.clock = clock;
    }

    /**
     * The app with this UUID, whether a developer or a company owns it.
     *
     * @throws ResourceNotFoundException when there is no such app in the organization
     */
    public App requireApp(String org, String appId) {
        return cache.get("app", org, appId, () -> find(org, appId).toApp());
    }

    /**
     * The mint view of the app with this UUID, for embedding (a transaction's {@code application}).
     *
     * @throws ResourceNotFoundException when there is no such app in the organization
     */
    public MintApplication mintView(String org, String appId) {
        return cache.get("app-view", org, appId, () -> {
            AppEntity app = find(org, appId);
            return new MintApplication(app.attributeOrNull(NOTES), app.id().toString(), app.name());
        });
    }

    /** The app with this UUID in the core Edge view, with {@code developerId} or {@code companyName}. */
    @Transactional(readOnly = true)
    AppResponse get(String org, String appId) {
        organizations.get(org);
        AppEntity app = find(org, appId);
        String companyName = app.ownedByCompany()
                ? developers.requireAccount(org, app.ownerId().toString()).name()
                : null;
        return AppResponse.from(app, companyName);
    }

    /**
     * The owner's apps ordered by name (any case), from {@code startKey} (inclusive) on, at most {@code count}:
     * their names, or with {@code expand} the full apps in {@code {"app": [...]}}.
     *
     * @throws ResourceNotFoundException when the organization or the owner does not exist
     * @throws InvalidRequestException when {@code count} is outside 1..1000
     */
    @Transactional(readOnly = true)
    Object list(String org, Owner owner, boolean expand, int count, String startKey) {
        DeveloperAccount account = owner.require(developers, org);
        if (count < 1 || count > MAX_COUNT) {
            throw InvalidRequestException.forField("count", count,
                    "Parameter [count] must be between 1 and " + MAX_COUNT);
        }
        List<AppEntity> page = apps.findByOwnerFrom(org, ownerId(account), startKey == null ? "" : startKey,
                Limit.of(count));
        if (!expand) {
            return page.stream().map(AppEntity::name).toList();
        }
        return new Apps(page.stream().map(app -> AppResponse.from(app, account.name())).toList());
    }

    /**
     * An app of this owner by name, any case.
     *
     * @throws ResourceNotFoundException when the organization, the owner or the app does not exist
     */
    @Transactional(readOnly = true)
    AppResponse get(String org, Owner owner, String name) {
        DeveloperAccount account = owner.require(developers, org);
        AppEntity app = apps.findByOwnerAndName(org, ownerId(account), name)
                .orElseThrow(() -> notFound(name));
        return AppResponse.from(app, account.name());
    }

    /**
     * One credential of the owner's app by its consumer key, as Edge's {@code .../apps/{app}/keys/{key}} shows it.
     *
     * @throws ResourceNotFoundException when the organization, the owner, the app or the key does not exist
     */
    @Transactional(readOnly = true)
    AppResponse.Credential credential(String org, Owner owner, String name, String consumerKey) {
        return get(org, owner, name).credentials().stream().filter(c -> c.consumerKey().equals(consumerKey))
                .findFirst().orElseThrow(() -> new ResourceNotFoundException("Credential", consumerKey));
    }

    /**
     * Registers an app, {@code approved}, with a new UUID and one generated credential for its API products.
     *
     * @throws ResourceNotFoundException when the organization, the owner or one of the API products does not exist
     * @throws InvalidRequestException when the name is missing or invalid, or another field is invalid
     * @throws DuplicateEntityException when the owner has an app with this name (any case)
     */
    @Transactional
    AppResponse create(String org, Owner owner, AppRequest request) {
        DeveloperAccount account = owner.require(developers, org);
        if (request == null) {
            throw new InvalidRequestException("Request body is missing");
        }
        String name = request.name() == null ? null : request.name().trim();
        if (name == null || name.isEmpty()) {
            throw InvalidRequestException.missing("name");
        }
        if (!NAME.matcher(name).matches()) {
            throw InvalidRequestException.forField("name", request.name(), "Field [name] must start with a letter or"
                    + " digit and may only hold letters, digits, spaces and . _ # $ % - (at most 255 characters)");
        }
        List<Attribute> attributes = Attributes.check(request.attributes());
        String callbackUrl = callbackUrl(request.callbackUrl());
        List<String> scopes = scopes(request.scopes());
        Instant now = clock.instant();
        Instant expiresAt = expiresAt(request.keyExpiresIn(), now);
        List<AppProduct> appProducts = products(org, request.apiProducts());
        UUID ownerId = ownerId(account);
        if (apps.findIdByOwnerAndName(org, ownerId, name).isPresent()) {
            throw duplicate(name, owner);
        }
        AppCredential credential = new AppCredential(random(CONSUMER_KEY_LENGTH), random(CONSUMER_SECRET_LENGTH),
                AppEntity.APPROVED, now, expiresAt);
        AppEntity app = new AppEntity(org, ownerId, account.company(), name, scopes, credential, now,
                CurrentUser.username());
        app.replace(callbackUrl, attributes, appProducts, now, CurrentUser.username());
        apps.saveAndFlush(app);
        return AppResponse.from(app, account.name());
    }

    /**
     * Replaces an app's callback URL and attributes (absent ones are removed, as in Edge) and, when
     * {@code apiProducts} is given, its API products; the credential's products follow. The name cannot change.
     *
     * @throws ResourceNotFoundException when the organization, the owner, the app or an API product does not exist
     * @throws InvalidRequestException when a field is invalid or the body names another app
     */
    @Transactional
    AppResponse update(String org, Owner owner, String name, AppRequest request) {
        DeveloperAccount account = owner.require(developers, org);
        AppEntity app = lock(org, ownerId(account), name);
        if (request == null) {
            throw new InvalidRequestException("Request body is missing");
        }
        if (request.name() != null && !request.name().trim().equalsIgnoreCase(app.name())) {
            throw InvalidRequestException.forField("name", request.name(),
                    "Field [name] must be the app in the path; an app cannot be renamed");
        }
        List<Attribute> attributes = Attributes.check(request.attributes());
        String callbackUrl = callbackUrl(request.callbackUrl());
        List<AppProduct> appProducts = request.apiProducts() == null ? null : products(org, request.apiProducts());
        app.replace(callbackUrl, attributes, appProducts, clock.instant(), CurrentUser.username());
        apps.flush();
        return AppResponse.from(app, account.name());
    }

    /**
     * Deletes an app with its credentials and returns it as it was.
     *
     * @throws ResourceNotFoundException when the organization, the owner or the app does not exist
     */
    @Transactional
    AppResponse delete(String org, Owner owner, String name) {
        DeveloperAccount account = owner.require(developers, org);
        AppEntity app = lock(org, ownerId(account), name);
        AppResponse deleted = AppResponse.from(app, account.name());
        apps.delete(app);
        apps.flush();
        return deleted;
    }

    /**
     * Approves or revokes an app from Edge's {@code action} parameter: {@code approve} or {@code revoke}, or
     * {@code approved} or {@code revoked} as Edge's company app reference spells them, in any case.
     *
     * @throws ResourceNotFoundException when the organization, the owner or the app does not exist
     * @throws InvalidRequestException when the action is none of these
     */
    @Transactional
    void setStatus(String org, Owner owner, String name, String action) {
        AppEntity app = lockOwned(org, owner, name);
        app.setStatus(status(action), clock.instant(), CurrentUser.username());
        apps.flush();
    }

    /** The owner's app with this name (any case). */
    AppEntity findOwned(String org, Owner owner, String name) {
        DeveloperAccount account = owner.require(developers, org);
        return apps.findByOwnerAndName(org, ownerId(account), name).orElseThrow(() -> notFound(name));
    }

    /** The owner's app with this name (any case), locked until the transaction ends. */
    AppEntity lockOwned(String org, Owner owner, String name) {
        return lock(org, ownerId(owner.require(developers, org)), name);
    }

    /** The status an Edge {@code action} sets. */
    private static String status(String action) {
        String value = action == null ? "" : action.toLowerCase(Locale.ROOT);
        return switch (value) {
            case "approve", "approved" -> AppEntity.APPROVED;
            case "revoke", "revoked" -> AppEntity.REVOKED;
            default -> throw InvalidRequestException.forField("action", action,
                    "Parameter [action] must be approve or revoke");
        };
    }

    /** The app with this name, locked until the transaction ends: changes and deletes run one after the other. */
    private AppEntity lock(String org, UUID ownerId, String name) {
        return apps.findIdByOwnerAndName(org, ownerId, name)
                .flatMap(id -> apps.findForUpdateByOrgIdAndId(org, id))
                .orElseThrow(() -> notFound(name));
    }

    private AppEntity find(String org, String appId) {
        return uuid(appId).flatMap(id -> apps.findByOrgIdAndId(org, id)).orElseThrow(() -> notFound(appId));
    }

    /** The products of a create or update, each checked to exist, under its own name, without repeats. */
    private List<AppProduct> products(String org, List<String> names) {
        if (names == null) {
            return List.of();
        }
        List<AppProduct> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                throw InvalidRequestException.forField("apiProducts", name,
                        "Field [apiProducts] must hold names of API products");
            }
            ApiProduct product = products.require(org, name.trim());
            if (seen.add(product.name())) {
                String status = "manual".equals(product.approvalType()) ? "pending" : AppEntity.APPROVED;
                found.add(new AppProduct(product.name(), found.size(), status));
            }
        }
        return found;
    }

    private static String callbackUrl(String callbackUrl) {
        if (callbackUrl == null || callbackUrl.isBlank()) {
            return null;
        }
        if (callbackUrl.length() > MAX_CALLBACK_URL) {
            throw InvalidRequestException.forField("callbackUrl", null,
                    "Field [callbackUrl] is longer than " + MAX_CALLBACK_URL + " characters");
        }
        return callbackUrl.trim();
    }

    private static List<String> scopes(List<String> scopes) {
        if (scopes == null) {
            return List.of();
        }
        for (String scope : scopes) {
            if (scope == null || scope.isBlank() || scope.length() > MAX_SCOPE) {
                throw InvalidRequestException.forField("scopes", scope,
                        "Field [scopes] must hold names of at most " + MAX_SCOPE + " characters");
            }
        }
        return List.copyOf(new LinkedHashSet<>(scopes));
    }

    /** When the generated key expires: never for an absent or -1 {@code keyExpiresIn}. */
    private static Instant expiresAt(Long keyExpiresIn, Instant issuedAt) {
        if (keyExpiresIn == null || keyExpiresIn == -1) {
            return null;
        }
        if (keyExpiresIn <= 0) {
            throw InvalidRequestException.forField("keyExpiresIn", keyExpiresIn,
                    "Field [keyExpiresIn] must be -1 (never) or a positive number of milliseconds");
        }
        return issuedAt.plusMillis(keyExpiresIn);
    }

    private static String random(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(KEY_ALPHABET.charAt(RANDOM.nextInt(KEY_ALPHABET.length())));
        }
        return text.toString();
    }

    private static UUID ownerId(DeveloperAccount account) {
        return UUID.fromString(account.id());
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ResourceNotFoundException notFound(String app) {
        return new ResourceNotFoundException("App", app);
    }

    private static DuplicateEntityException duplicate(String name, Owner owner) {
        return new DuplicateEntityException("App with name [" + name + "] already exists for "
                + (owner.company() ? "company" : "developer") + " [" + owner.key() + "]");
    }

    /** The owner named in a path: a developer by email or id, or a company by name. */
    record Owner(boolean company, String key) {

        static Owner developer(String emailOrId) {
            return new Owner(false, emailOrId);
        }

        static Owner company(String name) {
            return new Owner(true, name);
        }

        /** The owner under {@code owners}, {@code developers} or {@code companies}. */
        static Owner of(String owners, String key) {
            return owners.equals("companies") ? company(key) : developer(key);
        }

        DeveloperAccount require(DeveloperService developers, String org) {
            return developers.requireNamed(org, company, key);
        }
    }
}
