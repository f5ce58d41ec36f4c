package org.urbangrid.attachments.web;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.urbangrid.attachments.Photo;
import org.urbangrid.attachments.PhotoStore;
import org.urbangrid.attachments.PhotoUploads;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.platform.UrbanGridException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/photos")
@Tag(name = "Photos", description = "附件: JPEG, PNG or WebP photos up to 10 MB, type checked from the content")
class PhotoController {

    /** A photo never changes under its id, so browsers may keep it; private because it needs a login. */
    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable();

    private final PhotoStore photos;
    private final CurrentStaff current;

    PhotoController(PhotoStore photos, CurrentStaff current) {
        this.photos = photos;
        this.current = current;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a photo (multipart field 'file'); the type is read from the bytes, not the name")
    @ApiResponse(responseCode = "400", description = "not decodable, or dimensions beyond 12,000 px a side or 50 MP")
    @ApiResponse(responseCode = "413", description = "over 10 MB")
    @ApiResponse(responseCode = "415", description = "not JPEG, PNG or WebP")
    @ApiResponse(responseCode = "429", description = "too many uploads by this person in the last hour; see Retry-After")
    ResponseEntity<Photo> upload(@RequestParam("file") MultipartFile file, HttpServletResponse response)
            throws IOException {
        var photo = PhotoUploads.store(photos, file.getBytes(), current.get().id(), response);
        return ResponseEntity.created(URI.create("/api/photos/" + photo.id())).body(photo);
    }

    @GetMapping("/{id}")
    @Operation(summary = "The photo's original bytes with its content type; ETag is the SHA-256. Readable by its "
            + "uploader until a move attaches it, then by whoever may see the case; 404 for anyone else")
    ResponseEntity<InputStreamResource> download(@PathVariable String id,
            @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
        var photo = meta(id);
        var etag = "\"" + photo.sha256() + "\"";
        if (etag.equals(ifNoneMatch)) {
            return ResponseEntity.status(304).eTag(etag).cacheControl(CACHE).build();
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .contentLength(photo.size()).eTag(etag).cacheControl(CACHE)
                .body(new InputStreamResource(photos.open(id)));
    }

    @GetMapping("/{id}/shareable")
    @Operation(summary = "A copy without metadata (EXIF position, device, time), for anything that leaves the staff side")
    ResponseEntity<byte[]> shareable(@PathVariable String id) {
        var photo = meta(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType())).cacheControl(CACHE)
                .body(photos.shareableCopy(id));
    }

    @GetMapping("/{id}/meta")
    @Operation(summary = "The photo's metadata")
    Photo meta(@PathVariable String id) {
        return photos.findVisible(id, current.get())
                .orElseThrow(() -> UrbanGridException.notFound("error.photo.not-found", id));
    }
}
