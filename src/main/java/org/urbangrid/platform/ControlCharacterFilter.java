package org.urbangrid.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a request whose path, query or form parameters (multipart text fields included) carry a control
 * character: 400 problem {@code error.control-character} naming the field, before any controller or the security
 * chain sees it. JSON bodies are checked while they are read ({@link ControlCharacterModule}).
 */
class ControlCharacterFilter extends OncePerRequestFilter {

    private final Problems problems;
    private final JsonMapper json;

    ControlCharacterFilter(Problems problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var field = offendingField(request);
        if (field == null) {
            chain.doFilter(request, response);
            return;
        }
        var problem = problems.of(request, HttpStatus.BAD_REQUEST, "error.control-character", field);
        problem.setProperty("field", field);
        var body = new LinkedHashMap<String, Object>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", request.getRequestURI());
        body.putAll(problem.getProperties());
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(body));
    }

    /** The first parameter (or "path") holding a control character, or null. */
    static String offendingField(HttpServletRequest request) {
        if (!TextInput.isClean(decodedPath(request))) {
            return "path";
        }
        for (var entry : request.getParameterMap().entrySet()) {
            if (!TextInput.isClean(entry.getKey())) {
                return "parameter";
            }
            for (var value : entry.getValue()) {
                if (!TextInput.isClean(value)) {
                    return entry.getKey();
                }
            }
        }
        return null;
    }

    private static String decodedPath(HttpServletRequest request) {
        var uri = request.getRequestURI();
        try {
            return uri == null ? null : UriUtils.decode(uri, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return uri;
        }
    }
}
