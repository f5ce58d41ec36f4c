package org.urbangrid.citizens.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.urbangrid.organization.PublicDoors;

/**
 * The citizen pages' door: all of {@code /public/**} open to everyone, stateless (no session, no login, no CSRF
 * token: nothing here is authenticated by a cookie; every write carries a solved proof of work instead). The
 * proof-of-work challenge's own chain ({@code /public/pow/**}) is ordered before this one.
 */
@Configuration
class CitizenSecurity {

    @Bean
    @Order(PublicDoors.ORDER)
    SecurityFilterChain citizenPagesSecurity(HttpSecurity http, PublicDoors doors) throws Exception {
        doors.stateless(http.securityMatcher("/public/**")).authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }
}
