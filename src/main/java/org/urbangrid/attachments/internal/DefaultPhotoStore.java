package org.urbangrid.attachments.internal;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.urbangrid.attachments.Photo;
import org.urbangrid.attachments.PhotoStore;
import org.urbangrid.platform.UrbanGridException;

/**
 * {@link PhotoStore} over any {@link PhotoBlobs}: checks the content, writes the bytes, then the metadata row.
 * If the row cannot be written the bytes are removed again, and if the caller's transaction rolls back later
 * they are removed then, so a failed request leaves neither a row nor a file.
 */
@Service
class DefaultPhotoStore implements PhotoStore {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final PhotoBlobs blobs;
    private final PhotoRows rows;
    private final Clock clock;

    DefaultPhotoStore(PhotoBlobs blobs, PhotoRows rows, Clock clock) {
        this.blobs = blobs;
        this.rows = rows;
        this.clock = clock;
    }

    @Override
    public Photo store(byte[] content, long uploadedBy) {
        var type = check(content);
        var photo = new Photo(UUID.randomUUID().toString(), type.contentType(), content.length, sha256(content),
                clock.instant(), uploadedBy);
        blobs.put(photo.id(), content);
        try {
            rows.insert(photo);
        } catch (RuntimeException e) {
            blobs.delete(photo.id());
            throw e;
        }
        deleteOnRollback(photo.id());
        return photo;
    }

    @Override
    public Optional<Photo> find(String id) {
        return validId(id) ? rows.find(id) : Optional.empty();
    }

    @Override
    public InputStream open(String id) {
        return find(id).flatMap(photo -> blobs.open(photo.id()))
                .orElseThrow(() -> UrbanGridException.notFound("error.photo.not-found", id));
    }

    private static PhotoType check(byte[] content) {
        if (content == null || content.length == 0) {
            throw UrbanGridException.invalid("error.photo.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new UrbanGridException(HttpStatus.CONTENT_TOO_LARGE, "error.photo.too-large", MAX_BYTES / (1024 * 1024))
                    .with("maxBytes", MAX_BYTES);
        }
        return PhotoType.detect(content).orElseThrow(() ->
                new UrbanGridException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.photo.type"));
    }

    private void deleteOnRollback(String id) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_ROLLED_BACK) {
                        blobs.delete(id);
                    }
                }
            });
        }
    }

    private static boolean validId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
