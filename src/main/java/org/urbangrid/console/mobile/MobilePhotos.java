package org.urbangrid.console.mobile;

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
import org.urbangrid.organization.Role;
import org.urbangrid.platform.UrbanGridException;

/**
 * Case photos for the phone pages, with the browser session (the API's photo URL needs a bearer token): only of
 * cases the inspector may see, or their own uploads not yet attached.
 */
@RestController
class MobilePhotos {

    private final PhotoStore photos;
    private final CurrentStaff current;

    MobilePhotos(PhotoStore photos, CurrentStaff current) {
        this.photos = photos;
        this.current = current;
    }

    @GetMapping("/m/photos/{id}")
    ResponseEntity<InputStreamResource> photo(@PathVariable String id) {
        var me = current.require(Role.INSPECTOR);
        var photo = photos.findVisible(id, me).orElseThrow(() -> UrbanGridException.notFound("error.photo.not-found", id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .contentLength(photo.size())
                .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePrivate().immutable())
                .body(new InputStreamResource(photos.open(id)));
    }
}
