package org.urbangrid.attachments;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.urbangrid.platform.UrbanGridException;

/** Stores an upload for a web request, adding {@code Retry-After} when the hourly upload limit refuses it. */
public final class PhotoUploads {

    private PhotoUploads() {}

    public static Photo store(PhotoStore photos, byte[] content, long uploadedBy, HttpServletResponse response) {
        try {
            return photos.store(content, uploadedBy);
        } catch (UrbanGridException e) {
            if (e.status() == HttpStatus.TOO_MANY_REQUESTS && e.properties().get("retryAfterSeconds") != null) {
                response.setHeader("Retry-After", e.properties().get("retryAfterSeconds").toString());
            }
            throw e;
        }
    }
}
