package org.openmint.security;

import java.util.function.Predicate;
import java.util.function.Supplier;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Decides every request under {@code /v1/mint/organizations/{org}} and {@code /v1/organizations/{org}}:
 * the caller must be allowed to use the request's method in {@code {org}} (see
 * {@link MintPrincipal#mayAct}). {@code {org}} is the URL-decoded path segment, as the controllers
 * see it, compared exactly. A refusal looks the same whether or not the organization exists, with one
 * exception that only a user with a role in {@code {org}} can see: only a system administrator may
 * create an organization ({@link #creatingOrganizations}).
 */
final class OrganizationAccess implements AuthorizationManager<RequestAuthorizationContext> {

    static final String ORG_VARIABLE = "org";

    private final Predicate<String> organizationExists;
    private final boolean creates;

    private OrganizationAccess(Predicate<String> organizationExists, boolean creates) {
        this.organizationExists = organizationExists;
        this.creates = creates;
    }

    /** For requests that read or change what an organization holds. */
    static OrganizationAccess toOrganizations() {
        return new OrganizationAccess(org -> true, false);
    }

    /**
     * For {@code PUT /v1/mint/organizations/{org}}, which creates the organization when it does not exist:
     * then for system administrators only, else as {@link #toOrganizations()}.
     */
    static OrganizationAccess creatingOrganizations(Predicate<String> organizationExists) {
        return new OrganizationAccess(organizationExists, true);
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext context) {
        Authentication caller = authentication.get();
        String org = context.getVariables().get(ORG_VARIABLE);
        if (caller == null || !caller.isAuthenticated() || !(caller.getPrincipal() instanceof MintPrincipal principal)
                || !principal.mayAct(org, context.getRequest().getMethod())) {
            return new AuthorizationDecision(false);
        }
        if (creates && !principal.systemAdmin() && !organizationExists.test(org)) {
            return new Refusal("Only a system administrator may create an organization");
        }
        return new AuthorizationDecision(true);
    }

    /** A refusal that says why, in the error body's message. */
    record Refusal(String message) implements AuthorizationResult {

        @Override
        public boolean isGranted() {
            return false;
        }
    }
}
