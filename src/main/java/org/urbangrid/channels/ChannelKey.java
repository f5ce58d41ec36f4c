package org.urbangrid.channels;

import java.time.Instant;

/**
 * An API key of a channel, as an administrator sees it: never the key itself, only its first characters.
 *
 * @param prefix the key's first characters, to tell keys apart
 */
public record ChannelKey(long id, long channelId, String prefix, String label, Instant createdAt,
        Instant revokedAt, Instant lastUsedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
