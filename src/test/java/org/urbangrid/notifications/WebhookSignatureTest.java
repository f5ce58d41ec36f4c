package org.urbangrid.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The signature scheme receivers rely on: HMAC-SHA256 over "timestamp.body", checked within a window. */
class WebhookSignatureTest {

    static final String SECRET = "s3cret-共享";
    static final String BODY = "{\"case\":\"20261125-00001\",\"status\":\"CLOSED\",\"note\":\"已结案\"}";
    static final Instant NOW = Instant.parse("2026-11-25T01:00:00Z");

    @Test
    void a_known_vector_matches_the_documented_scheme() {
        // printf '%s' '1700000000.{"a":1}' | openssl dgst -sha256 -hmac 'key'
        assertThat(WebhookSignature.sign("key", 1700000000L, "{\"a\":1}"))
                .isEqualTo("sha256=a438e398bfafc57e4396bb7fc2304422f0f768e965d073ca313cb52e22e6ad03")
                .isEqualTo("sha256=" + hmacHex("key", "1700000000.{\"a\":1}"));
        assertThat(WebhookSignature.sign("key", 1700000000L, "{\"a\":1}")).matches("sha256=[0-9a-f]{64}");
    }

    @Test
    void the_shared_secret_verifies_and_anything_else_does_not() {
        long ts = NOW.getEpochSecond();
        var signature = WebhookSignature.sign(SECRET, ts, BODY);
        assertThat(WebhookSignature.verify(SECRET, String.valueOf(ts), BODY, signature, NOW)).isTrue();
        assertThat(WebhookSignature.verify(SECRET, String.valueOf(ts), BODY, signature.toUpperCase().replace("SHA256", "sha256"), NOW))
                .as("hex in either case").isTrue();

        assertThat(WebhookSignature.verify("wrong", String.valueOf(ts), BODY, signature, NOW)).as("wrong secret").isFalse();
        assertThat(WebhookSignature.verify(SECRET, String.valueOf(ts), BODY.replace("CLOSED", "OPEN"), signature, NOW))
                .as("tampered body").isFalse();
        assertThat(WebhookSignature.verify(SECRET, String.valueOf(ts + 1), BODY, signature, NOW))
                .as("another timestamp than signed").isFalse();
        assertThat(WebhookSignature.verify(SECRET, String.valueOf(ts), BODY, signature.replace("sha256=", ""), NOW))
                .as("no scheme prefix").isFalse();
        assertThat(WebhookSignature.verify(SECRET, null, BODY, signature, NOW)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, "yesterday", BODY, signature, NOW)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, String.valueOf(ts), BODY, null, NOW)).isFalse();
        assertThat(WebhookSignature.verify("", String.valueOf(ts), BODY, signature, NOW)).isFalse();
    }

    @Test
    void an_old_or_far_future_timestamp_is_refused_as_a_replay() {
        long old = NOW.minus(Duration.ofMinutes(6)).getEpochSecond();
        var oldSignature = WebhookSignature.sign(SECRET, old, BODY);
        assertThat(WebhookSignature.verify(SECRET, String.valueOf(old), BODY, oldSignature, NOW)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, String.valueOf(old), BODY, oldSignature, NOW, Duration.ofMinutes(10)))
                .as("within a wider window").isTrue();

        long edge = NOW.minus(WebhookSignature.DEFAULT_TOLERANCE).getEpochSecond();
        assertThat(WebhookSignature.verify(SECRET, String.valueOf(edge), BODY, WebhookSignature.sign(SECRET, edge, BODY), NOW))
                .as("exactly at the window's edge").isTrue();

        long future = NOW.plus(Duration.ofMinutes(6)).getEpochSecond();
        assertThat(WebhookSignature.verify(SECRET, String.valueOf(future), BODY,
                WebhookSignature.sign(SECRET, future, BODY), NOW)).isFalse();
    }

    @Test
    void the_body_is_signed_as_utf8_bytes() {
        long ts = NOW.getEpochSecond();
        var bytes = BODY.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(WebhookSignature.sign(SECRET, ts, bytes)).isEqualTo(WebhookSignature.sign(SECRET, ts, BODY));
        assertThat(WebhookSignature.verify(SECRET, String.valueOf(ts), bytes, WebhookSignature.sign(SECRET, ts, BODY), NOW,
                WebhookSignature.DEFAULT_TOLERANCE)).isTrue();
    }

    @Test
    void phone_numbers_are_masked_to_the_first_three_and_last_four_digits() {
        assertThat(SmsGateway.mask("13812345678")).isEqualTo("138****5678");
        assertThat(SmsGateway.mask("+8613812345678")).isEqualTo("+86*******5678");
        assertThat(SmsGateway.mask("1234567")).isEqualTo("*******");
        assertThat(SmsGateway.mask(null)).isEmpty();
    }

    /** An independent HMAC, as a receiver in another language would compute it. */
    private static String hmacHex(String key, String data) {
        try {
            var mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
            var out = new StringBuilder();
            for (byte b : mac.doFinal(data.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
                out.append(String.format("%02x", b));
            }
            return out.toString();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
