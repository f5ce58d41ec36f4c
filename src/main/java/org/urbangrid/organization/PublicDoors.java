package org.urbangrid.organization;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.stereotype.Component;
import org.urbangrid.platform.MapBaseLayerProperties;

/**
 * 公众入口: what every door without a staff login shares (the citizen pages, Open311, hotline systems): the
 * platform's security headers and a stateless chain — no session, no login, no saved request. A module opens its
 * door with a {@code SecurityFilterChain} of its own ({@code securityMatcher} on its paths, ordered before the
 * console's catch-all chain, {@link #ORDER}) and calls {@link #stateless}; it decides who may pass itself.
 */
@Component
public class PublicDoors {

    /**
     * The order of a public door's chain: after actuator (0) and the staff API (1), before the console's catch-all
     * (10). A narrower door inside a wider one (the proof-of-work challenge inside {@code /public/**}) takes
     * {@code ORDER - 1}, so it is matched first.
     */
    public static final int ORDER = 5;

    /**
     * Scripts, styles, fonts and connections from this origin only (no inline script, handler or style attribute);
     * images also as data: and blob: URLs (Leaflet, ECharts, photo previews); no framing, no plugins.
     */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "font-src 'self' data:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private final String csp;

    public PublicDoors(MapBaseLayerProperties baseLayer) {
        this.csp = csp(baseLayer);
    }

    /** {@link #CSP}, with the configured external base map's tile origins added to {@code img-src} (and only then). */
    public static String csp(MapBaseLayerProperties baseLayer) {
        var origins = baseLayer == null ? java.util.List.<String>of() : baseLayer.tileOrigins();
        return origins.isEmpty() ? CSP
                : CSP.replace("img-src 'self' data: blob:;", "img-src 'self' data: blob: " + String.join(" ", origins) + ";");
    }

    /** The security headers every answer carries (CSP, no framing, nosniff, referrer and permissions policy). */
    public void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(policy -> policy.policyDirectives(csp))
                .frameOptions(frame -> frame.deny())
                .contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(self), geolocation=(self), microphone=()"));
    }

    /**
     * A stateless door: the headers, no CSRF token (no session or cookie authenticates anyone here), no session, no
     * saved request, no logout; the security context lives for the request only.
     */
    public HttpSecurity stateless(HttpSecurity http) throws Exception {
        return http.csrf(c -> c.disable())
                .headers(this::headers)
                .sessionManagement(s -> s.disable())
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(c -> c.disable())
                .logout(l -> l.disable())
                .servletApi(a -> a.disable())
                .anonymous(Customizer.withDefaults());
    }
}
