package org.urbangrid.board.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.urbangrid.organization.PublicDoors;

/**
 * The board's public doors, open to everyone and stateless: {@code /public/board/**}, {@code /public/feeds/**},
 * {@code /public/suggestions/**}. Narrower than the citizen pages' {@code /public/**} chain and ordered before it, so
 * the two never disagree; writes there are guarded by the proof of work and the public guard's budgets.
 */
@Configuration
class BoardSecurity {

    @Bean
    @Order(PublicDoors.ORDER - 1)
    SecurityFilterChain boardDoors(HttpSecurity http, PublicDoors doors) throws Exception {
        doors.stateless(http.securityMatcher("/public/board/**", "/public/feeds/**", "/public/suggestions/**",
                        "/public/board", "/public/suggestions"))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }
}
