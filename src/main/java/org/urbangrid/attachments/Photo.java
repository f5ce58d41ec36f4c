package org.urbangrid.attachments;

import java.time.Instant;

/**
 * A stored photo's metadata; the id is what cases refer to.
 *
 * @param width the decoded width in pixels (null for photos stored before decoding was checked)
 * @param attachedAt when a move attached it to a case (null while it is only its uploader's)
 * @param caseId the case it was attached to, once known
 */
public record Photo(String id, String contentType, long size, String sha256, Instant uploadedAt, long uploadedBy,
        Integer width, Integer height, Instant attachedAt, Long caseId) {

    public boolean attached() {
        return attachedAt != null;
    }
}
