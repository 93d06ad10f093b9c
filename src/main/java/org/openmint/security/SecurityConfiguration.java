package org.openmint.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.openmint.MintProperties;
import org.openmint.error.ErrorCode;
import org.openmint.organization.OrganizationService;
import org.openmint.web.ErrorBody;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP Basic on every endpoint but {@code /actuator/health}, and who may call what, in one place:
 * {@code /v1/mint/organizations/{org}/**} and {@code /v1/organizations/{org}/**} as the caller's
 * role in {@code {org}} allows ({@link OrganizationAccess}), but for changing or deleting a core
 * organization and its pods; those, the list and creation of organizations and everything else,
 * {@code /emulator/**} included, system administrators only. Errors in the spec's body: 401, 403, 429 for a username
 * locked by failed logins ({@link LoginThrottle}), 503 when the accounts cannot be read.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] ORGANIZATION_PATHS = {
            "/v1/mint/organizations/{org}", "/v1/mint/organizations/{org}/**",
            "/v1/organizations/{org}", "/v1/organizations/{org}/**"};

    /** Changing or deleting a core organization and its pods (Part III §21.1); reading it is as above. */
    private static final String[] SYSTEM_ADMIN_PATHS = {"/v1/organizations/{org}", "/v1/organizations/{org}/pods"};

    @Bean
    PasswordEncoder passwordEncoder(MintProperties properties) {
        return new BCryptPasswordEncoder(properties.bcryptStrength());
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, JsonMapper json,
            MintAuthenticationProvider authenticationProvider, OrganizationService organizations) throws Exception {
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                // this provider alone: no parent manager that would check (and count) a failed login twice
                .authenticationManager(new ProviderManager(authenticationProvider))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .requestMatchers(HttpMethod.PUT, "/v1/mint/organizations/{org}")
                        .access(OrganizationAccess.creatingOrganizations(organizations::exists))
                        .requestMatchers(HttpMethod.GET, "/v1/organizations/{org}")
                        .access(OrganizationAccess.toOrganizations())
                        .requestMatchers(SYSTEM_ADMIN_PATHS).hasRole(CurrentUser.SYSTEM_ADMIN_ROLE)
                        .requestMatchers(ORGANIZATION_PATHS).access(OrganizationAccess.toOrganizations())
                        .requestMatchers("/emulator/**").hasRole(CurrentUser.SYSTEM_ADMIN_ROLE)
                        .anyRequest().hasRole(CurrentUser.SYSTEM_ADMIN_ROLE))
                .httpBasic(basic -> basic.realmName("OpenMint")
                        .authenticationEntryPoint((request, response, e) -> authenticationFailed(response, json, e)))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(
                        (request, response, e) -> write(response, json, HttpServletResponse.SC_FORBIDDEN,
                                ErrorBody.of(ErrorCode.FORBIDDEN, refusal(e)))));
        return http.build();
    }

    private static String refusal(AccessDeniedException e) {
        return e instanceof AuthorizationDeniedException denied
                && denied.getAuthorizationResult() instanceof OrganizationAccess.Refusal refusal
                        ? refusal.message()
                        : "Access denied";
    }

    private static void authenticationFailed(HttpServletResponse response, JsonMapper json, AuthenticationException e)
            throws IOException {
        if (e instanceof LoginThrottledException throttled) {
            long seconds = Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            write(response, json, 429, ErrorBody.of(ErrorCode.TOO_MANY_REQUESTS,
                    "Too many failed login attempts for this user; retry in " + seconds + " seconds"));
        } else if (e instanceof AuthenticationServiceException) {
            write(response, json, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    ErrorBody.of(ErrorCode.SERVICE_UNAVAILABLE,
                            "The service is temporarily unavailable; retry later"));
        } else {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"OpenMint\"");
            write(response, json, HttpServletResponse.SC_UNAUTHORIZED,
                    ErrorBody.of(ErrorCode.UNAUTHORIZED, "Authentication required"));
        }
    }

    private static void write(HttpServletResponse response, JsonMapper json, int status, ErrorBody body)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body);
    }
}
