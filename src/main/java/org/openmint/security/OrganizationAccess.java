package org.openmint.security;

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
 * see it, compared exactly. A refusal looks the same whether or not the organization exists.
 */
final class OrganizationAccess implements AuthorizationManager<RequestAuthorizationContext> {

    static final String ORG_VARIABLE = "org";

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext context) {
        Authentication caller = authentication.get();
        String org = context.getVariables().get(ORG_VARIABLE);
        boolean granted = caller != null && caller.isAuthenticated()
                && caller.getPrincipal() instanceof MintPrincipal principal
                && principal.mayAct(org, context.getRequest().getMethod());
        return new AuthorizationDecision(granted);
    }
}
