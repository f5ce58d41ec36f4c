package org.urbangrid.organization.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.organization.Role;

/**
 * Three doors: {@code /actuator/**} (health and info open, the rest administrators only, by token or session);
 * {@code /api/**}, stateless, with bearer tokens from {@code POST /api/auth/token}; everything else is the browser
 * console with form login and CSRF protection. Every answer carries the security headers of {@link #CSP}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private final org.urbangrid.organization.PublicDoors doors;

    SecurityConfiguration(org.urbangrid.organization.PublicDoors doors) {
        this.doors = doors;
    }

    /** Where the form login answers 429 (a forward, with the login page and the wait). */
    static final String THROTTLED_PAGE = "/login/throttled";

    /**
     * Spring Security's strict firewall with its own rule for header names and values (assigned characters, no
     * control character), checked by a loop over the code points instead of a regular expression per character: on
     * a report that regex was 4 % of the platform's CPU (BENCHMARKS.md, intake).
     */
    @Bean
    HttpFirewall httpFirewall() {
        var firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(SecurityConfiguration::headerText);
        firewall.setAllowedHeaderValues(SecurityConfiguration::headerText);
        return firewall;
    }

    /** What the strict firewall allows in a header by default ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*}). */
    static boolean headerText(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if ((c < 0x20 || c >= 0x7F) && (Character.isISOControl(c) || !Character.isDefined(c))) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(OrganizationStore store) {
        return username -> store.staffByUsername(username)
                .filter(member -> member.active() && member.role() != Role.CHANNEL)
                .map(member -> new StaffAccount(StaffPrincipal.of(member), store.passwordHash(username).orElseThrow()))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    @Bean
    @Order(0)
    SecurityFilterChain managementSecurity(HttpSecurity http, TokenCache tokens, AccountStanding standing,
            MessageSource messages, LocaleResolver locales) throws Exception {
        http.securityMatcher("/actuator/**")
                .csrf(csrf -> csrf.disable())
                .headers(this::headers)
                .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new SessionStandingFilter(standing), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) ->
                        problem(response, 401, "error.unauthenticated", messages, locales.resolveLocale(request))));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, TokenCache tokens, MessageSource messages, LocaleResolver locales)
            throws Exception {
        // Stateless: no session, so none of the filters that keep one, log out of one or replay a request saved
        // in one (each is work on every call: BENCHMARKS.md, intake); a token is revoked at /api/auth/logout.
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .headers(this::headers)
                .sessionManagement(s -> s.disable())
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(c -> c.disable())
                .logout(l -> l.disable())
                .servletApi(a -> a.disable())
                .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/auth/token").permitAll()
                        // administrators only, decided before the body is read (403 before any field check)
                        .requestMatchers(HttpMethod.POST, "/api/staff", "/api/staff/**", "/api/departments").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.PUT, "/api/staff/**").hasRole("ADMIN")
                        .requestMatchers("/api/audit", "/api/audit/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e.accessDeniedHandler((request, response, ex) ->
                        problem(response, 403, "error.forbidden", messages, locales.resolveLocale(request))))
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) ->
                        problem(response, 401, "error.unauthenticated", messages, locales.resolveLocale(request))));
        return http.build();
    }

    @Bean
    @Order(10)
    SecurityFilterChain consoleSecurity(HttpSecurity http, LoginThrottle throttle, AccountStanding standing,
            Clock clock) throws Exception {
        var success = new SimpleUrlAuthenticationSuccessHandler("/");
        success.setAlwaysUseDefaultTargetUrl(true);
        var failure = new SimpleUrlAuthenticationFailureHandler("/login?error");
        http.headers(this::headers)
                .addFilterBefore(new FormLoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new SessionStandingFilter(standing), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
                                "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/login", THROTTLED_PAGE,
                                "/error", "/m/sw.js", "/m/manifest.webmanifest")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .successHandler((request, response, authentication) -> {
                            throttle.succeeded(authentication.getName());
                            request.getSession().setAttribute(AccountStanding.AUTHENTICATED_AT, clock.instant());
                            success.onAuthenticationSuccess(request, response, authentication);
                        })
                        .failureHandler((request, response, exception) -> {
                            throttle.failed(request.getParameter("username"), request.getRemoteAddr());
                            failure.onAuthenticationFailure(request, response, exception);
                        }))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll());
        return http.build();
    }

    private void headers(HeadersConfigurer<HttpSecurity> headers) {
        doors.headers(headers);
    }

    /** Form login: before the password is checked, refuses (429 with the login page) or slows down guessing. */
    static final class FormLoginThrottleFilter extends OncePerRequestFilter {

        private final LoginThrottle throttle;

        FormLoginThrottleFilter(LoginThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !("POST".equals(request.getMethod())
                    && (request.getContextPath() + "/login").equals(request.getRequestURI()));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                throttle.beforeAttempt(request.getParameter("username"), request.getRemoteAddr());
            } catch (LoginThrottle.Blocked blocked) {
                response.setStatus(429);
                response.setHeader("Retry-After", Long.toString(blocked.retryAfterSeconds()));
                request.setAttribute("throttledMinutes", blocked.args()[0]);
                request.getRequestDispatcher(THROTTLED_PAGE).forward(request, response);
                return;
            }
            chain.doFilter(request, response);
        }
    }

    private static void problem(HttpServletResponse response, int status, String key, MessageSource messages,
            Locale locale) throws java.io.IOException {
        var detail = messages.getMessage(key, null, key, locale).replace("\"", "'");
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"/problems/" + key + "\",\"status\":" + status + ",\"code\":\"" + key
                + "\",\"detail\":\"" + detail + "\"}");
    }
}
