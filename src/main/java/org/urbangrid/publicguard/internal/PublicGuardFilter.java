package org.urbangrid.publicguard.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;
import org.urbangrid.platform.Problems;
import org.urbangrid.platform.UrbanGridException;
import org.urbangrid.publicguard.PublicClient;
import org.urbangrid.publicguard.internal.PublicGuardProperties.Shape;

import tools.jackson.databind.json.JsonMapper;

/**
 * The guard in front of every public door (公众入口守卫). For a request of a guarded path group it reads the device
 * token (header {@code X-Device-Token}, else cookie {@code ug_device}; one that is missing, malformed or not signed by
 * this server is replaced by a new cookie), leaves the {@link PublicClient} as a request attribute, and charges the
 * request to its address's and its device's budgets. Over budget: 429 with {@code Retry-After} (seconds) and an
 * RFC 9457 problem in zh-CN or English, or for an Open311 group the Open311 error list (JSON, or XML for a path
 * ending in {@code .xml}).
 *
 * <p>It is a servlet filter registered just before Spring Security's chains (order -110; Spring Security runs at -100),
 * not a filter inside one chain: it then guards every public path whichever chain ends up serving it (the citizen
 * pages', the Open311 server's, the exchange API's key chain), and a flood is refused before any security work
 * (session, token or key look-ups) is spent on it. Its 429 answers therefore lack the CSP of Spring Security's header
 * writer; they are JSON or XML, never a page, and carry {@code nosniff} and {@code no-store} themselves.
 *
 * <p>Language: the {@code URBANGRID_LANG} choice when the person made one, otherwise the Accept-Language header
 * between zh-CN and English (public clients are apps and Open311 clients as often as browsers), zh-CN by default.
 */
public final class PublicGuardFilter extends OncePerRequestFilter {

    /** The platform's language cookie (platform.PlatformConfiguration). */
    private static final String LANGUAGE_COOKIE = "URBANGRID_LANG";
    private static final List<Locale> SPOKEN = List.of(Locale.SIMPLIFIED_CHINESE, Locale.CHINESE, Locale.ENGLISH);

    private final GuardedPaths doors;
    private final DeviceTokens tokens;
    private final PublicGuardProperties properties;
    private final Problems problems;
    private final LocaleResolver locales;
    private final JsonMapper json;

    public PublicGuardFilter(GuardedPaths doors, DeviceTokens tokens, PublicGuardProperties properties, Problems problems,
            LocaleResolver locales, JsonMapper json) {
        this.doors = doors;
        this.tokens = tokens;
        this.properties = properties;
        this.problems = problems;
        this.locales = locales;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var door = doors.of(request);
        if (door == null) {
            chain.doFilter(request, response);
            return;
        }
        var deviceId = device(request, response);
        var address = request.getRemoteAddr();
        request.setAttribute(PublicClient.ATTRIBUTE, new PublicClient(address, deviceId));
        boolean read = GuardedPaths.isRead(request.getMethod());
        long wait = doors.charge(door, read, address, deviceId);
        if (wait > 0) {
            tooMany(request, response, door.shape(), read, Math.max(1, (wait + 999) / 1000));
            return;
        }
        chain.doFilter(request, response);
    }

    /** The device id of the request's signed token, or of a new one set as a cookie on the answer. */
    private String device(HttpServletRequest request, HttpServletResponse response) {
        var id = tokens.idOf(request.getHeader(DeviceTokens.HEADER));
        if (id == null && request.getCookies() != null) {
            for (var cookie : request.getCookies()) {
                if (DeviceTokens.COOKIE.equals(cookie.getName()) && (id = tokens.idOf(cookie.getValue())) != null) {
                    break;
                }
            }
        }
        if (id != null) {
            return id;
        }
        var token = tokens.mint();
        var cookie = ResponseCookie.from(DeviceTokens.COOKIE, token).httpOnly(true).sameSite("Lax")
                .secure(request.isSecure()).path(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
                .maxAge(properties.getDeviceCookieMaxAge()).build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
        return tokens.idOf(token);
    }

    private void tooMany(HttpServletRequest request, HttpServletResponse response, Shape shape, boolean read,
            long seconds) throws IOException {
        var refusal = new UrbanGridException(HttpStatus.TOO_MANY_REQUESTS,
                read ? "error.public.too-many-reads" : "error.public.too-many-writes", seconds)
                .with("retryAfterSeconds", seconds);
        var problem = problems.of(refusal, locale(request));
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (shape == Shape.OPEN311 && request.getRequestURI().endsWith(".xml")) {
            response.setContentType(MediaType.APPLICATION_XML_VALUE + ";charset=UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"utf-8\"?><errors><error><code>429</code><description>"
                    + HtmlUtils.htmlEscape(problem.getDetail(), "UTF-8") + "</description></error></errors>");
        } else if (shape == Shape.OPEN311) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE + ";charset=UTF-8");
            var error = new LinkedHashMap<String, Object>();
            error.put("code", 429);
            error.put("description", problem.getDetail());
            response.getWriter().write(json.writeValueAsString(List.of(error)));
        } else {
            var body = new LinkedHashMap<String, Object>();
            body.put("type", problem.getType().toString());
            body.put("title", problem.getTitle());
            body.put("status", problem.getStatus());
            body.put("detail", problem.getDetail());
            body.put("instance", request.getRequestURI());
            body.putAll(problem.getProperties());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE + ";charset=UTF-8");
            response.getWriter().write(json.writeValueAsString(body));
        }
    }

    private Locale locale(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (var cookie : request.getCookies()) {
                if (LANGUAGE_COOKIE.equals(cookie.getName())) {
                    return locales.resolveLocale(request);
                }
            }
        }
        var header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        try {
            var match = Locale.lookup(Locale.LanguageRange.parse(header), SPOKEN);
            return match == null ? Locale.SIMPLIFIED_CHINESE : match;
        } catch (IllegalArgumentException malformed) {
            return Locale.SIMPLIFIED_CHINESE;
        }
    }
}
