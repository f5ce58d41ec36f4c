package org.urbangrid.publicguard.internal;

import java.util.regex.Pattern;

/**
 * Device tokens (设备令牌): {@code <id>.<signature>}, a random id (128 bits) and its HMAC under the server secret. A
 * script cannot make one up: it must ask the server, and every ask is a request counted against its address.
 */
public final class DeviceTokens {

    /** The cookie a browser keeps its token in. */
    public static final String COOKIE = "ug_device";
    /** The header a client that keeps no cookies (an app) may send its token in instead. */
    public static final String HEADER = "X-Device-Token";

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{22}");

    private final GuardSecret secret;

    public DeviceTokens(GuardSecret secret) {
        this.secret = secret;
    }

    /** A new token. */
    public String mint() {
        var id = secret.randomId(16);
        return id + "." + secret.signDevice(id);
    }

    /** The device id of a token signed by this server, or null for anything else (absent, malformed, forged). */
    public String idOf(String token) {
        if (token == null || !SHAPE.matcher(token).matches()) {
            return null;
        }
        var id = token.substring(0, 22);
        return GuardSecret.same(token.substring(23), secret.signDevice(id)) ? id : null;
    }
}
