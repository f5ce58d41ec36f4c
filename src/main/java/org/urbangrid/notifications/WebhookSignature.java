package org.urbangrid.notifications;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook signature (回调签名), for the platform that sends and for receivers that check: {@code sha256=} and the
 * lower-case hex HMAC-SHA256, keyed with the endpoint's shared secret (UTF-8), of the timestamp (epoch seconds, as
 * sent in {@value #TIMESTAMP}), a dot, and the raw request body bytes. A receiver recomputes it over the body exactly
 * as received, compares in constant time, and refuses a timestamp too far from its own clock (a replayed request).
 * See {@code docs/webhooks.md}.
 */
public final class WebhookSignature {

    /** The event type, e.g. {@code case.closed}. */
    public static final String EVENT = "X-UrbanGrid-Event";
    /** The message id: the same on every retry and redelivery of one message, so receivers can drop repeats. */
    public static final String DELIVERY = "X-UrbanGrid-Delivery";
    /** When this attempt was signed, in seconds since the epoch. */
    public static final String TIMESTAMP = "X-UrbanGrid-Timestamp";
    /** {@code sha256=<hex>}. */
    public static final String SIGNATURE = "X-UrbanGrid-Signature";
    /** How far a timestamp may lie from the receiver's clock, either way, unless told otherwise: 5 minutes. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private static final String PREFIX = "sha256=";
    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {}

    /** The {@value #SIGNATURE} header value of a body signed at {@code timestamp} (epoch seconds). */
    public static String sign(String secret, long timestamp, byte[] body) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("a webhook secret is required");
        }
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@link #sign(String, long, byte[])} of a body sent as UTF-8 text. */
    public static String sign(String secret, long timestamp, String body) {
        return sign(secret, timestamp, body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Whether a request is genuine: the signature header matches the body and timestamp under the secret, and the
     * timestamp lies within {@code tolerance} of {@code now}. Any missing or malformed header is simply false.
     *
     * @param timestampHeader the {@value #TIMESTAMP} header as received
     * @param signatureHeader the {@value #SIGNATURE} header as received
     * @param body the raw request body as received
     * @param now the receiver's time
     */
    public static boolean verify(String secret, String timestampHeader, byte[] body, String signatureHeader,
            Instant now, Duration tolerance) {
        if (secret == null || secret.isEmpty() || timestampHeader == null || signatureHeader == null || body == null) {
            return false;
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampHeader.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(now.getEpochSecond() - timestamp) > tolerance.toSeconds()) {
            return false;
        }
        var expected = sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        var given = signatureHeader.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }

    /** {@link #verify(String, String, byte[], String, Instant, Duration)} of a UTF-8 text body. */
    public static boolean verify(String secret, String timestampHeader, String body, String signatureHeader,
            Instant now, Duration tolerance) {
        return body != null
                && verify(secret, timestampHeader, body.getBytes(StandardCharsets.UTF_8), signatureHeader, now, tolerance);
    }

    /** {@link #verify(String, String, String, String, Instant, Duration)} with the {@link #DEFAULT_TOLERANCE}. */
    public static boolean verify(String secret, String timestampHeader, String body, String signatureHeader,
            Instant now) {
        return verify(secret, timestampHeader, body, signatureHeader, now, DEFAULT_TOLERANCE);
    }
}
