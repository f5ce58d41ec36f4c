package org.urbangrid.assessment.internal.inputs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * 随机抽取: how a spot check picks its grids, written so anyone can redo it from the recorded seed.
 *
 * <ol>
 * <li>The pool is every unit grid of the area, sorted by code (ascending, as text).</li>
 * <li>{@code java.util.Random} is created with the 64-bit seed. Its algorithm is fixed by its Javadoc (the
 * 48-bit linear congruential generator of Knuth, §3.2.1), so the same seed gives the same numbers on every Java
 * and is easy to re-implement elsewhere.</li>
 * <li>A partial Fisher–Yates shuffle: for i = 0 … n−1, j = i + {@code nextInt(size − i)}, swap pool[i] and pool[j].</li>
 * <li>The draw is pool[0 … n−1], in that order.</li>
 * </ol>
 * The SHA-256 of the sorted pool (codes joined by line feeds, UTF-8) is recorded beside the seed, so a redraw can
 * tell whether the grids of the area have changed since.
 */
public final class SpotCheckDrawing {

    private SpotCheckDrawing() {}

    /** The grids drawn from the pool (any order; it is sorted here) with the seed; n must be 1 … pool size. */
    public static List<String> draw(List<String> pool, int n, long seed) {
        if (n < 1 || n > pool.size()) {
            throw new IllegalArgumentException("cannot draw " + n + " of " + pool.size());
        }
        var codes = new ArrayList<>(pool);
        codes.sort(null);
        var random = new Random(seed);
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(codes.size() - i);
            var swap = codes.get(i);
            codes.set(i, codes.get(j));
            codes.set(j, swap);
        }
        return List.copyOf(codes.subList(0, n));
    }

    /** SHA-256 (hex) of the sorted codes joined by {@code \n}. */
    public static String poolHash(List<String> pool) {
        var codes = new ArrayList<>(pool);
        codes.sort(null);
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(String.join("\n", codes).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
