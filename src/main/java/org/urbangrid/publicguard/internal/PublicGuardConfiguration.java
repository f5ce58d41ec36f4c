package org.urbangrid.publicguard.internal;

import java.time.Clock;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.LocaleResolver;
import org.urbangrid.organization.PublicDoors;
import org.urbangrid.platform.Problems;
import org.urbangrid.publicguard.ProofOfWork;

import tools.jackson.databind.json.JsonMapper;

/** The public doors' guard (公众入口防护): its secret, budgets, filter, proof of work and the challenge's door. */
@Configuration(proxyBeanMethods = false)
class PublicGuardConfiguration {

    /** Spring Security's filter chain proxy runs at -100 (SecurityProperties.DEFAULT_FILTER_ORDER); the guard just before. */
    static final int FILTER_ORDER = -110;

    @Bean
    GuardSecret guardSecret(PublicGuardProperties properties) {
        return new GuardSecret(properties.getDeviceSecret());
    }

    @Bean
    DeviceTokens deviceTokens(GuardSecret secret) {
        return new DeviceTokens(secret);
    }

    @Bean
    GuardedPaths guardedPaths(PublicGuardProperties properties, Clock clock) {
        var limiter = new RateLimiter(clock, properties.getRateLimits().getMaxTracked(),
                GuardedPaths.longestStretch(properties));
        return new GuardedPaths(properties, limiter);
    }

    @Bean
    UsedChallenges usedChallenges(JdbcClient jdbc, Clock clock, PublicGuardProperties properties) {
        return new UsedChallenges(jdbc, clock, properties.getPow().getMaxRemembered(), properties.getPow().getTtl());
    }

    @Bean
    ProofOfWork proofOfWork(GuardSecret secret, UsedChallenges used, Clock clock, PublicGuardProperties properties,
            GuardedPaths doors) {
        return new ProofOfWork(secret, used, clock, properties.getPow(), doors::recentWrites);
    }

    /**
     * The guard as a servlet filter ahead of Spring Security (see {@link PublicGuardFilter} for why), after the
     * character-encoding, control-character and database-outage filters.
     */
    @Bean
    FilterRegistrationBean<PublicGuardFilter> publicGuardFilter(GuardedPaths doors, DeviceTokens tokens,
            PublicGuardProperties properties, Problems problems, LocaleResolver locales, JsonMapper json) {
        var registration = new FilterRegistrationBean<>(
                new PublicGuardFilter(doors, tokens, properties, problems, locales, json));
        registration.setOrder(FILTER_ORDER);
        return registration;
    }

    /**
     * {@code /public/pow/**} open to everyone (the challenge is fetched before a citizen's first write), stateless,
     * with the platform's security headers. Disjoint from the other chains' paths; a chain for all of
     * {@code /public/**} that permits everyone may make this one redundant, but it must then not come before it
     * with a stricter rule.
     */
    @Bean
    @Order(PublicDoors.ORDER - 1)
    SecurityFilterChain proofOfWorkSecurity(HttpSecurity http, PublicDoors doors) throws Exception {
        // Only GET answers here and it changes nothing: no CSRF token, no session.
        doors.stateless(http.securityMatcher("/public/pow/**"))
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/public/pow/challenge").permitAll()
                        .anyRequest().denyAll());
        return http.build();
    }
}
