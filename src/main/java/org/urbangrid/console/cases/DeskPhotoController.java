package org.urbangrid.console.cases;

import java.time.Duration;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.urbangrid.attachments.PhotoStore;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.platform.UrbanGridException;

/**
 * Photos for the logged-in browser: the API's photo route wants a bearer token, the console has a session.
 * A photo never changes under its id, so the browser may keep it privately.
 */
@RestController
class DeskPhotoController {

    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofDays(30)).cachePrivate();

    private final PhotoStore photos;
    private final CurrentStaff current;

    DeskPhotoController(PhotoStore photos, CurrentStaff current) {
        this.photos = photos;
        this.current = current;
    }

    /** Only to those who may see a case the photo belongs to, or to its uploader before it is attached; else 404. */
    @GetMapping("/console/photos/{id}")
    ResponseEntity<InputStreamResource> photo(@PathVariable String id) {
        var photo = photos.findVisible(id, current.get()).orElseThrow(() -> UrbanGridException.notFound("error.photo.not-found", id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .contentLength(photo.size()).cacheControl(CACHE).body(new InputStreamResource(photos.open(id)));
    }
}
