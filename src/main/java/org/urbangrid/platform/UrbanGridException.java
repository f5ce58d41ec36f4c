package org.urbangrid.platform;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A refusal a person can act on: an HTTP status, a message key looked up in the message bundles
 * (zh-CN and en) with its arguments, and extra properties added to the RFC 9457 problem body.
 */
public class UrbanGridException extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;
    private final Object[] args;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public UrbanGridException(HttpStatus status, String messageKey, Object... args) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.args = args;
    }

    /** Adds a property to the problem body; a null value is left out. */
    public UrbanGridException with(String property, Object value) {
        if (value != null) {
            properties.put(property, value);
        }
        return this;
    }

    public HttpStatus status() { return status; }

    public String messageKey() { return messageKey; }

    public Object[] args() { return args.clone(); }

    public Map<String, Object> properties() { return java.util.Collections.unmodifiableMap(properties); }

    public static UrbanGridException notFound(String key, Object... args) {
        return new UrbanGridException(HttpStatus.NOT_FOUND, key, args);
    }

    public static UrbanGridException invalid(String key, Object... args) {
        return new UrbanGridException(HttpStatus.BAD_REQUEST, key, args);
    }

    public static UrbanGridException unprocessable(String key, Object... args) {
        return new UrbanGridException(HttpStatus.UNPROCESSABLE_CONTENT, key, args);
    }

    public static UrbanGridException conflict(String key, Object... args) {
        return new UrbanGridException(HttpStatus.CONFLICT, key, args);
    }

    public static UrbanGridException forbidden(String key, Object... args) {
        return new UrbanGridException(HttpStatus.FORBIDDEN, key, args);
    }
}
