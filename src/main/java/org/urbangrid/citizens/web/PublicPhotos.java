package org.urbangrid.citizens.web;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.urbangrid.attachments.PhotoStore;
import org.urbangrid.cases.PublicCases;

/**
 * 公开照片: {@code GET /public/photos/{id}} — a photo anyone may see ({@link PublicCases#publicPhoto}: a seen report's
 * or a fix's, not hidden), as its metadata-free copy ({@link PhotoStore#shareableCopy}); 404 for anything else, so a
 * stranger cannot tell an unpublished photo exists. Open311's {@code media_url} points here.
 */
@RestController
class PublicPhotos {

    /** Photos do not change; a hidden one stops being served at once, but a browser may keep a copy this long. */
    static final Duration MAX_AGE = Duration.ofHours(1);

    private final PublicCases cases;
    private final PhotoStore photos;

    PublicPhotos(PublicCases cases, PhotoStore photos) {
        this.cases = cases;
        this.photos = photos;
    }

    @GetMapping("/public/photos/{id}")
    ResponseEntity<byte[]> photo(@PathVariable String id) {
        if (id.length() > 64 || cases.publicPhoto(id).isEmpty()) {
            return ResponseEntity.notFound().cacheControl(CacheControl.noStore()).build();
        }
        var photo = photos.find(id).orElse(null);
        if (photo == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.maxAge(MAX_AGE).cachePublic()).eTag("\"" + id + "\"")
                .header("Content-Disposition", "inline").body(photos.shareableCopy(id));
    }
}
