package org.urbangrid.attachments;

import java.time.Instant;

/** A stored photo's metadata; the id is what cases refer to. */
public record Photo(String id, String contentType, long size, String sha256, Instant uploadedAt, long uploadedBy) {}
