package org.urbangrid.attachments;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.urbangrid.organization.StaffPrincipal;

/**
 * Where photos live: today a folder under the data directory, later object storage. Implementations check
 * the type from the bytes (not the name) and decode the image (bounded dimensions, a readable frame), refusing
 * anything but JPEG, PNG or WebP, or over 10 MB, with a 4xx; uploads per person per hour are limited (429).
 */
public interface PhotoStore {

    /** The largest photo accepted: 10 MiB, the same as the upload limit. */
    long MAX_BYTES = 10L * 1024 * 1024;

    /** The longest side accepted, in pixels. */
    int MAX_SIDE = 12_000;

    /** The most pixels accepted (50 megapixels). */
    long MAX_PIXELS = 50_000_000L;

    Photo store(byte[] content, long uploadedBy);

    /** The metadata, whoever asks: for checks inside the platform, never to answer a person. */
    Optional<Photo> find(String id);

    /** Removes the uploader's own upload that no move attached (a resent copy not needed); otherwise does nothing. */
    void discard(String id, long uploadedBy);

    /**
     * The photo if the viewer may see it: an unattached photo only by its uploader, an attached one by whoever may
     * see its case ({@link PhotoAccessPolicy}). Empty otherwise, so a stranger cannot tell it exists.
     */
    Optional<Photo> findVisible(String id, StaffPrincipal viewer);

    /** The original bytes, for staff; check {@link #findVisible} first. */
    InputStream open(String id);

    /**
     * A copy with no metadata (EXIF position, device, time): JPEG and PNG re-encoded from the decoded pixels, WebP
     * without its EXIF and XMP chunks. For every copy that leaves the staff side (public channels, exports).
     */
    byte[] shareableCopy(String id);

    /**
     * Attaches the photos, in the caller's transaction, for the person acting now: each must be their own upload
     * and not yet attached, otherwise 400 naming the photo and nothing is attached.
     */
    List<Photo> claim(List<String> ids);

    /** {@link #claim(List)} for a given uploader. */
    List<Photo> claim(List<String> ids, long staffId);
}
