package org.urbangrid.publicguard.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server secret (服务端密钥) of the public doors and the keys derived from it, one per purpose (device tokens,
 * challenges), so a value signed for one purpose is worthless for the other. Unset, a random secret is made at start:
 * fine for one node, but tokens and challenges then die with a restart and one node refuses another's, so several
 * nodes must share a configured {@code urbangrid.public.device-secret}.
 */
public final class GuardSecret {

    private static final Logger log = LoggerFactory.getLogger(GuardSecret.class);
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    /** Signatures are HMAC-SHA256 cut to 128 bits: forging one is still 2^128 guesses. */
    private static final int SIGNATURE_BYTES = 16;

    private final SecureRandom random = new SecureRandom();
    private final byte[] deviceKey;
    private final byte[] challengeKey;

    public GuardSecret(String configured) {
        byte[] secret;
        if (configured == null || configured.isBlank()) {
            secret = new byte[32];
            random.nextBytes(secret);
            log.warn("urbangrid.public.device-secret is not set: device tokens and proof-of-work challenges are signed "
                    + "with a key made at start; they end with a restart, and several nodes must share a configured secret");
        } else {
            if (configured.strip().length() < 32) {
                log.warn("urbangrid.public.device-secret is shorter than 32 characters; use a long random value");
            }
            secret = configured.strip().getBytes(StandardCharsets.UTF_8);
        }
        this.deviceKey = hmac(secret, "urbangrid/public/device/v1".getBytes(StandardCharsets.UTF_8));
        this.challengeKey = hmac(secret, "urbangrid/public/pow/v1".getBytes(StandardCharsets.UTF_8));
        Arrays.fill(secret, (byte) 0);
    }

    /** {@code bytes} random bytes, base64url without padding. */
    public String randomId(int bytes) {
        var id = new byte[bytes];
        random.nextBytes(id);
        return URL.encodeToString(id);
    }

    public String signDevice(String text) {
        return sign(deviceKey, text);
    }

    public String signChallenge(String text) {
        return sign(challengeKey, text);
    }

    /** Whether {@code signature} is this text's signature, compared in constant time. */
    public static boolean same(String signature, String expected) {
        return MessageDigest.isEqual(signature.getBytes(StandardCharsets.US_ASCII),
                expected.getBytes(StandardCharsets.US_ASCII));
    }

    private static String sign(byte[] key, String text) {
        return URL.encodeToString(Arrays.copyOf(hmac(key, text.getBytes(StandardCharsets.UTF_8)), SIGNATURE_BYTES));
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
