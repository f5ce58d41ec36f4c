package org.urbangrid.attachments.internal;

import java.io.InputStream;
import java.util.Optional;

/**
 * Where a photo's bytes live, by id. The filesystem is the first home; an object store (S3, MinIO, OSS) is
 * another implementation of this interface, and nothing outside this package knows which one runs.
 */
interface PhotoBlobs {

    /** Stores the bytes completely or not at all. */
    void put(String id, byte[] content);

    Optional<InputStream> open(String id);

    void delete(String id);
}
