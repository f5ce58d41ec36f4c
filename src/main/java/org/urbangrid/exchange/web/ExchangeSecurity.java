package org.urbangrid.exchange.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.urbangrid.channels.Channel;
import org.urbangrid.channels.Channels;
import org.urbangrid.exchange.HotlineExchange;
import org.urbangrid.organization.PublicDoors;
import org.urbangrid.organization.Role;
import org.urbangrid.platform.Problems;
import org.urbangrid.platform.UrbanGridException;

import tools.jackson.databind.json.JsonMapper;

/**
 * The hotline systems' door, {@code /exchange/**}: stateless (no session, cookie or CSRF token), every request
 * authenticated by its channel's API key ({@code Authorization: Bearer <key>} or {@code X-Api-Key}); anything else,
 * and a key of a channel that is not a hotline, gets 403 with a problem in zh-CN or English. The request then runs
 * as the channel's {@code CHANNEL} account.
 */
@Configuration(proxyBeanMethods = false)
class ExchangeSecurity {

    /** The authority of a request bearing a hotline channel's key. */
    static final String HOTLINE_SYSTEM = "HOTLINE_SYSTEM";
    /** The request attribute holding the caller's {@link Channel}. */
    static final String CHANNEL = "org.urbangrid.exchange.channel";
    static final String API_KEY = "X-Api-Key";

    @Bean
    @Order(PublicDoors.ORDER)
    SecurityFilterChain hotlineExchangeDoor(HttpSecurity http, PublicDoors doors, HotlineExchange exchange,
            Channels channels, Problems problems, LocaleResolver locales, JsonMapper json) throws Exception {
        doors.stateless(http.securityMatcher("/exchange/**"))
                .addFilterBefore(new KeyFilter(exchange, channels), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority(HOTLINE_SYSTEM))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> forbidden(request, response, problems, locales, json))
                        .accessDeniedHandler((request, response, ex) -> forbidden(request, response, problems, locales, json)));
        return http.build();
    }

    private static void forbidden(HttpServletRequest request, HttpServletResponse response, Problems problems,
            LocaleResolver locales, JsonMapper json) throws IOException {
        var problem = problems.of(UrbanGridException.forbidden("exchange.error.forbidden"), locales.resolveLocale(request));
        response.setStatus(403);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.getWriter().write(json.writeValueAsString(body));
    }

    /** The key of {@code Authorization: Bearer} or {@code X-Api-Key}; null when neither is sent. */
    static String key(HttpServletRequest request) {
        var header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return header.substring(7).strip();
        }
        var key = request.getHeader(API_KEY);
        return key == null ? null : key.strip();
    }

    /** Authenticates a hotline channel's key; a request without one, or with another, stays anonymous (403). */
    static final class KeyFilter extends OncePerRequestFilter {

        private final HotlineExchange exchange;
        private final Channels channels;

        KeyFilter(HotlineExchange exchange, Channels channels) {
            this.exchange = exchange;
            this.channels = channels;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var key = key(request);
            if (key != null && !key.isEmpty()) {
                try {
                    var channel = exchange.authenticate(key);
                    var principal = channels.principal(channel);
                    var context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                            List.of(new SimpleGrantedAuthority(Role.CHANNEL.authority()),
                                    new SimpleGrantedAuthority(HOTLINE_SYSTEM))));
                    SecurityContextHolder.setContext(context);
                    request.setAttribute(CHANNEL, channel);
                } catch (UrbanGridException refused) {
                    // stays anonymous: 403 from the chain
                }
            }
            chain.doFilter(request, response);
        }
    }
}
