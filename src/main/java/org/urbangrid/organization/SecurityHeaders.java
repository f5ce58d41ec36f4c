package org.urbangrid.organization;

import java.util.List;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.urbangrid.platform.MapBaseLayerProperties;

/**
 * The security headers (安全响应头) every answer of the platform carries, for any module that adds a security chain
 * of its own (the public doors, 公众入口) so that its answers carry exactly the console's and the API's headers.
 */
public final class SecurityHeaders {

    /**
     * Scripts, styles, fonts and connections from this origin only (no inline script, handler or style attribute);
     * images also as data: and blob: URLs (Leaflet, ECharts, photo previews); no framing, no plugins.
     */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "font-src 'self' data:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {}

    /** {@link #CSP}, with the configured external base map's tile origins added to {@code img-src} (and only then). */
    public static String csp(MapBaseLayerProperties baseLayer) {
        var origins = baseLayer == null ? List.<String>of() : baseLayer.tileOrigins();
        return origins.isEmpty() ? CSP
                : CSP.replace("img-src 'self' data: blob:;", "img-src 'self' data: blob: " + String.join(" ", origins) + ";");
    }

    /**
     * The headers as a chain's {@code .headers(…)} takes them: the CSP of {@link #csp}, {@code X-Frame-Options: DENY},
     * {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: strict-origin-when-cross-origin} and the
     * permissions policy (camera and geolocation from this origin, no microphone).
     */
    public static Customizer<HeadersConfigurer<HttpSecurity>> of(MapBaseLayerProperties baseLayer) {
        var csp = csp(baseLayer);
        return headers -> headers.contentSecurityPolicy(policy -> policy.policyDirectives(csp))
                .frameOptions(frame -> frame.deny())
                .contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(self), geolocation=(self), microphone=()"));
    }
}
