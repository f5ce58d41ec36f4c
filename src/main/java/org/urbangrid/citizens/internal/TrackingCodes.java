package org.urbangrid.citizens.internal;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 查询码: 10 characters of Crockford's base32 (digits and letters without I, L, O, U), 50 random bits — unguessable
 * (a script at the public read budget would try 2^50 codes), short enough to write down. Read back forgivingly:
 * case, spaces and hyphens do not matter; I and L read as 1, O as 0.
 */
public final class TrackingCodes {

    public static final int LENGTH = 10;
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final Pattern CODE = Pattern.compile("[0-9A-HJKMNP-TV-Z]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCodes() {}

    public static String next() {
        var code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    /** A random token for links (unfollow): 128 bits, base64url. */
    public static String token() {
        var bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The code as typed, normalised; empty when it cannot be one. */
    public static Optional<String> parse(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        var code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").replace('I', '1').replace('L', '1')
                .replace('O', '0');
        return CODE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }

    /** The code in two groups of five, as shown. */
    public static String shown(String code) {
        return code.substring(0, 5) + "-" + code.substring(5);
    }
}
