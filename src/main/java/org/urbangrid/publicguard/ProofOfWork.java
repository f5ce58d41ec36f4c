package org.urbangrid.publicguard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.urbangrid.platform.UrbanGridException;
import org.urbangrid.publicguard.internal.GuardSecret;
import org.urbangrid.publicguard.internal.PublicGuardProperties;
import org.urbangrid.publicguard.internal.UsedChallenges;

/**
 * Proof of work (工作量证明) instead of a CAPTCHA: before a public write the client asks
 * {@code GET /public/pow/challenge} for a challenge and finds a nonce such that SHA-256(challenge ":" nonce) starts
 * with the challenge's number of zero bits (default 18: about 262,000 hashes, aimed at about a second in a phone's
 * browser, see {@code /js/pow.js}). One write, one solved challenge: a script posting thousands of reports pays thousands of
 * times that work, on top of its address's and device's write budgets.
 *
 * <p>A challenge is {@code <random>.<expires epoch s>.<difficulty>.<signature>}, HMAC-signed with the server secret,
 * so the server keeps nothing until one is used; then its id is kept until it expires, in memory on this node and in
 * the table {@code public_pow_used}, so that no node accepts it twice.
 *
 * <p>The writing request carries the form fields {@value #CHALLENGE_FIELD} and {@value #NONCE_FIELD}, or the headers
 * {@value #CHALLENGE_HEADER} and {@value #NONCE_HEADER} (JSON bodies). Call {@link #verify(HttpServletRequest)} before
 * the write's transaction begins: the challenge is then used for good even when the write fails afterwards (inside
 * the transaction, a rolled-back write gives its challenge back on the other nodes; harmless either way).
 */
public class ProofOfWork {

    public static final String CHALLENGE_FIELD = "powChallenge";
    public static final String NONCE_FIELD = "powNonce";
    public static final String CHALLENGE_HEADER = "X-Pow-Challenge";
    public static final String NONCE_HEADER = "X-Pow-Nonce";

    private static final Pattern CHALLENGE = Pattern.compile("([A-Za-z0-9_-]{32})\\.([0-9]{1,12})\\.([0-9]{1,2})\\.([A-Za-z0-9_-]{22})");
    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /** A challenge as {@code GET /public/pow/challenge} answers it. */
    public record Challenge(String challenge, int difficulty, Instant expiresAt) {}

    private final GuardSecret secret;
    private final UsedChallenges used;
    private final Clock clock;
    private final PublicGuardProperties.Pow settings;
    private final ToIntFunction<String> recentWrites;

    /**
     * @param recentWrites how many writes an address made lately (its write budget in use): each
     *     {@code rise-every} of them asks one more bit of a new challenge, up to {@code max-difficulty}
     */
    public ProofOfWork(GuardSecret secret, UsedChallenges used, Clock clock, PublicGuardProperties.Pow settings,
            ToIntFunction<String> recentWrites) {
        this.secret = secret;
        this.used = used;
        this.clock = clock;
        this.settings = settings;
        this.recentWrites = recentWrites;
    }

    /** A new challenge for a client: the configured difficulty, more for an address that wrote a lot lately. */
    public Challenge issue(PublicClient client) {
        int base = Math.max(1, Math.min(40, settings.getDifficulty()));
        int difficulty = base;
        int rise = settings.getRiseEvery();
        if (rise > 0 && client != null && client.address() != null) {
            difficulty += recentWrites.applyAsInt(client.address()) / rise;
        }
        return issue(Math.min(difficulty, Math.max(base, Math.min(40, settings.getMaxDifficulty()))));
    }

    /** A new challenge of a given difficulty (leading zero bits, 1 to 40). */
    public Challenge issue(int difficulty) {
        if (difficulty < 1 || difficulty > 40) {
            throw new IllegalArgumentException("difficulty must be 1 to 40 bits: " + difficulty);
        }
        var expiresAt = Instant.ofEpochSecond(clock.instant().plus(settings.getTtl()).getEpochSecond());
        var body = secret.randomId(24) + "." + expiresAt.getEpochSecond() + "." + difficulty;
        return new Challenge(body + "." + secret.signChallenge(body), difficulty, expiresAt);
    }

    /**
     * Checks the solved challenge a writing request carries (form fields first, then headers); refuses with 400
     * naming the field {@value #NONCE_FIELD} as {@link #verify(String, String)} does.
     */
    public void verify(HttpServletRequest request) {
        verify(first(request.getParameter(CHALLENGE_FIELD), request.getHeader(CHALLENGE_HEADER)),
                first(request.getParameter(NONCE_FIELD), request.getHeader(NONCE_HEADER)));
    }

    /**
     * Accepts a solved challenge once: signed by this server (or a node sharing its secret), not expired, the hash
     * with enough leading zero bits, and not used before on any node. Otherwise 400 naming the field
     * {@value #NONCE_FIELD}: {@code error.pow.missing}, {@code error.pow.invalid} (malformed or tampered),
     * {@code error.pow.expired}, {@code error.pow.wrong-nonce}, {@code error.pow.used}. The client fetches a new
     * challenge and solves it again in each case.
     */
    public void verify(String challenge, String nonce) {
        if (challenge == null || challenge.isBlank() || nonce == null || nonce.isBlank()) {
            throw refusal("error.pow.missing");
        }
        var parts = challenge.length() > 120 ? null : CHALLENGE.matcher(challenge);
        if (parts == null || !parts.matches() || !NONCE.matcher(nonce).matches()) {
            throw refusal("error.pow.invalid");
        }
        var body = challenge.substring(0, challenge.lastIndexOf('.'));
        if (!GuardSecret.same(parts.group(4), secret.signChallenge(body))) {
            throw refusal("error.pow.invalid");
        }
        var expiresAt = Instant.ofEpochSecond(Long.parseLong(parts.group(2)));
        if (!clock.instant().isBefore(expiresAt)) {
            throw refusal("error.pow.expired");
        }
        if (leadingZeroBits(challenge, nonce) < Integer.parseInt(parts.group(3))) {
            throw refusal("error.pow.wrong-nonce");
        }
        if (!used.claim(parts.group(1), expiresAt)) {
            throw refusal("error.pow.used");
        }
    }

    /** The difficulty (leading zero bits) a challenge asks for, or -1 when it is not shaped like one. */
    public static int difficultyOf(String challenge) {
        var parts = challenge == null ? null : CHALLENGE.matcher(challenge);
        return parts != null && parts.matches() ? Integer.parseInt(parts.group(3)) : -1;
    }

    /**
     * Finds a nonce for a challenge, as a client does (decimal counter from 0): for tests and Java clients. At the
     * default 18 bits this takes a fraction of a second; each further bit doubles it.
     */
    public static String solve(String challenge) {
        int difficulty = difficultyOf(challenge);
        if (difficulty < 0) {
            throw new IllegalArgumentException("not a challenge: " + challenge);
        }
        for (long n = 0; ; n++) {
            var nonce = Long.toString(n);
            if (leadingZeroBits(challenge, nonce) >= difficulty) {
                return nonce;
            }
        }
    }

    /** The number of leading zero bits of SHA-256(challenge ":" nonce). */
    public static int leadingZeroBits(String challenge, String nonce) {
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256").digest((challenge + ":" + nonce).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
        int bits = 0;
        for (byte b : hash) {
            if (b == 0) {
                bits += 8;
                continue;
            }
            return bits + Integer.numberOfLeadingZeros(b & 0xFF) - 24;
        }
        return bits;
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private static UrbanGridException refusal(String key) {
        return UrbanGridException.invalid(key).with("field", NONCE_FIELD);
    }
}
