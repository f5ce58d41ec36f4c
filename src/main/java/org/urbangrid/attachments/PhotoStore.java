package org.urbangrid.attachments;

import java.io.InputStream;
import java.util.Optional;

/**
 * Where photos live: today a folder under the data directory, later object storage. Implementations check
 * the type from the bytes (not the name) and refuse anything but JPEG, PNG or WebP, or over 10 MB, with a 4xx.
 */
public interface PhotoStore {

    /** The largest photo accepted: 10 MiB, the same as the upload limit. */
    long MAX_BYTES = 10L * 1024 * 1024;

    Photo store(byte[] content, long uploadedBy);

    Optional<Photo> find(String id);

    InputStream open(String id);
}
