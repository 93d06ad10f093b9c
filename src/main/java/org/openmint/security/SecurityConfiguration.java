package org.openmint.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.openmint.MintProperties;
import org.openmint.error.ErrorCode;
import org.openmint.web.ErrorBody;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/** HTTP Basic on every endpoint but {@code /actuator/health}; 401 and 403 in the spec's error body. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder(MintProperties properties) {
        return new BCryptPasswordEncoder(properties.bcryptStrength());
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, JsonMapper json) throws Exception {
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("OpenMint")
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Basic realm=\"OpenMint\"");
                            write(response, json, HttpServletResponse.SC_UNAUTHORIZED,
                                    ErrorBody.of(ErrorCode.UNAUTHORIZED, "Authentication required"));
                        }))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler((request, response, e) ->
                        write(response, json, HttpServletResponse.SC_FORBIDDEN,
                                ErrorBody.of(ErrorCode.FORBIDDEN, "Access denied"))));
        return http.build();
    }

    private static void write(HttpServletResponse response, JsonMapper json, int status, ErrorBody body)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body);
    }
}
