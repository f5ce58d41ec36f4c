package org.urbangrid.platform;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;

/**
 * A refusal a person can act on: an HTTP status, a message key looked up in the message bundles
 * (zh-CN and en) with its arguments, and extra properties added to the RFC 9457 problem body. Numeric arguments are
 * kept as plain digits (an id reads "案卷 999999", never "999,999"); enum arguments are shown by their label.
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
        this.args = plain(args);
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

    /** The message in a language, arguments shown as {@link #displayed(Object[], MessageSource, Locale)} says. */
    public String message(MessageSource messages, Locale locale) {
        return messages.getMessage(messageKey, displayed(args, messages, locale), messageKey, locale);
    }

    /**
     * Message arguments as a person should read them: numbers as plain digits without grouping, and an enum by its
     * label where the bundles have one, under its type's name in dotted lower case and the constant
     * ({@code Role.ADMIN} → {@code role.ADMIN}, {@code LimitUnit.WORK_DAYS} → {@code limit.unit.WORK_DAYS}).
     */
    public static Object[] displayed(Object[] args, MessageSource messages, Locale locale) {
        if (args == null) {
            return new Object[0];
        }
        var shown = plain(args);
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Enum<?> constant) {
                shown[i] = messages.getMessage(labelKey(constant), null, constant.name(), locale);
            }
        }
        return shown;
    }

    static String labelKey(Enum<?> constant) {
        var type = constant.getDeclaringClass().getSimpleName();
        return type.replaceAll("([a-z0-9])([A-Z])", "$1.$2").toLowerCase(Locale.ROOT) + "." + constant.name();
    }

    private static Object[] plain(Object[] args) {
        if (args == null) {
            return new Object[0];
        }
        var plain = args.clone();
        for (int i = 0; i < plain.length; i++) {
            plain[i] = plain(plain[i]);
        }
        return plain;
    }

    private static Object plain(Object arg) {
        if (arg instanceof Integer || arg instanceof Long || arg instanceof Short || arg instanceof Byte
                || arg instanceof BigInteger) {
            return arg.toString();
        }
        if (arg instanceof BigDecimal n) {
            return n.toPlainString();
        }
        if ((arg instanceof Double d && Double.isFinite(d)) || (arg instanceof Float f && Float.isFinite(f))) {
            return new BigDecimal(arg.toString()).stripTrailingZeros().toPlainString();
        }
        return arg;
    }

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
