package org.urbangrid.assessment.internal.publication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canonical form of a snapshot: JSON in UTF-8, no whitespace, object keys in alphabetical order, map entries
 * by key, dates as ISO text, numbers as Java writes them, nulls kept. The content hash is the SHA-256 (lower-case
 * hex) of exactly those bytes, which {@code GET /api/assessment/publications/{period}/snapshot.json} hands back
 * unchanged: {@code curl … | sha256sum} equals the published hash.
 */
final class SnapshotCodec {

    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private SnapshotCodec() {}

    static String canonical(Snapshot snapshot) {
        return CANONICAL.writeValueAsString(snapshot);
    }

    static Snapshot read(String json) {
        return CANONICAL.readValue(json, Snapshot.class);
    }

    static String sha256(String canonical) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
