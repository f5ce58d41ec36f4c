package org.urbangrid.attachments.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.urbangrid.attachments.Photo;
import org.urbangrid.attachments.PhotoAccessPolicy;
import org.urbangrid.attachments.PhotoStore;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.platform.UrbanGridException;

/**
 * {@link PhotoStore} over any {@link PhotoBlobs}: checks the content, writes the bytes, then the metadata row.
 * If the row cannot be written the bytes are removed again, and if the caller's transaction rolls back later
 * they are removed then, so a failed request leaves neither a row nor a file.
 */
@Service
class DefaultPhotoStore implements PhotoStore {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Duration HOUR = Duration.ofHours(1);

    private final PhotoBlobs blobs;
    private final PhotoRows rows;
    private final Clock clock;
    private final CurrentStaff current;
    private final ObjectProvider<PhotoAccessPolicy> policy;
    private final int uploadsPerHour;
    private final int channelUploadsPerHour;
    private final Organization organization;

    /**
     * @param uploadsPerHour a person's uploads in any hour ({@code urbangrid.photos.uploads-per-hour})
     * @param channelUploadsPerHour a {@code CHANNEL} account's ({@code urbangrid.photos.channel-uploads-per-hour}):
     *        all citizens of a channel upload through its one account, each citizen held back by the public guard's
     *        per-address and per-device budgets, so this is only the channel's ceiling
     */
    @org.springframework.beans.factory.annotation.Autowired
    DefaultPhotoStore(PhotoBlobs blobs, PhotoRows rows, Clock clock, CurrentStaff current,
            ObjectProvider<PhotoAccessPolicy> policy,
            @Value("${urbangrid.photos.uploads-per-hour:120}") int uploadsPerHour,
            @Value("${urbangrid.photos.channel-uploads-per-hour:3000}") int channelUploadsPerHour,
            Organization organization) {
        this.blobs = blobs;
        this.rows = rows;
        this.clock = clock;
        this.current = current;
        this.policy = policy;
        this.uploadsPerHour = uploadsPerHour;
        this.channelUploadsPerHour = channelUploadsPerHour;
        this.organization = organization;
        ImageIO.scanForPlugins();
    }

    /** One budget for everyone (tests). */
    DefaultPhotoStore(PhotoBlobs blobs, PhotoRows rows, Clock clock, CurrentStaff current,
            ObjectProvider<PhotoAccessPolicy> policy, int uploadsPerHour) {
        this(blobs, rows, clock, current, policy, uploadsPerHour, uploadsPerHour, null);
    }

    @Override
    public Photo store(byte[] content, long uploadedBy) {
        var type = check(content);
        limitUploads(uploadedBy);
        var decoded = PhotoDecoder.check(content, type);
        var photo = new Photo(UUID.randomUUID().toString(), type.contentType(), content.length, sha256(content),
                clock.instant(), uploadedBy, decoded.width(), decoded.height(), null, null);
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
    public Optional<Photo> findVisible(String id, StaffPrincipal viewer) {
        return find(id).filter(photo -> maySee(viewer, photo));
    }

    private boolean maySee(StaffPrincipal viewer, Photo photo) {
        if (!photo.attached()) {
            return photo.uploadedBy() == viewer.id();
        }
        var access = policy.getIfAvailable();
        if (access == null) {
            return photo.uploadedBy() == viewer.id();
        }
        var caseId = photo.caseId();
        if (caseId == null) {
            caseId = access.caseOf(photo);
            if (caseId == null) {
                return photo.uploadedBy() == viewer.id();
            }
            rows.linkCase(photo.id(), caseId);
        }
        return access.maySeeCase(viewer, caseId);
    }

    @Override
    public InputStream open(String id) {
        return find(id).flatMap(photo -> blobs.open(photo.id()))
                .orElseThrow(() -> UrbanGridException.notFound("error.photo.not-found", id));
    }

    @Override
    public byte[] shareableCopy(String id) {
        try {
            var bytes = readAll(id);
            var type = PhotoType.detect(bytes)
                    .orElseThrow(() -> new IllegalStateException("stored photo " + id + " has no image type"));
            return PhotoDecoder.withoutMetadata(bytes, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read photo " + id, e);
        }
    }

    private byte[] readAll(String id) throws IOException {
        try (var in = open(id)) {
            return in.readAllBytes();
        }
    }

    @Override
    public List<Photo> claim(List<String> ids) {
        return ids == null || ids.isEmpty() ? List.of() : claim(ids, current.get().id());
    }

    @Override
    public void discard(String id, long uploadedBy) {
        if (rows.deleteOwnUnattached(id, uploadedBy)) {
            blobs.delete(id);
        }
    }

    @Override
    public List<Photo> claim(List<String> ids, long staffId) {
        var claimed = new ArrayList<Photo>();
        if (ids == null) {
            return claimed;
        }
        var now = clock.instant();
        for (var id : new LinkedHashSet<>(ids)) {
            var photo = find(id).orElseThrow(() -> UrbanGridException.invalid("error.case.photo-unknown", id));
            if (photo.uploadedBy() != staffId) {
                throw UrbanGridException.invalid("error.photo.not-yours", id);
            }
            if (!rows.claim(id, staffId, now)) {
                throw UrbanGridException.invalid("error.photo.already-attached", id);
            }
            claimed.add(rows.find(id).orElseThrow());
        }
        return claimed;
    }

    private void limitUploads(long staffId) {
        var now = clock.instant();
        var since = now.minus(HOUR);
        int uploadsPerHour = budgetOf(staffId);
        if (rows.uploadsSince(staffId, since, now) >= uploadsPerHour) {
            var oldest = rows.oldestUploadSince(staffId, since, now).orElse(now);
            long wait = Math.max(1, Duration.between(now, oldest.plus(HOUR)).toSeconds());
            throw new UrbanGridException(HttpStatus.TOO_MANY_REQUESTS, "error.photo.rate-limited", uploadsPerHour,
                    Math.max(1, (wait + 59) / 60)).with("retryAfterSeconds", wait);
        }
    }

    private int budgetOf(long staffId) {
        if (organization == null || channelUploadsPerHour == uploadsPerHour) {
            return uploadsPerHour;
        }
        boolean channel = organization.staff(staffId).map(s -> s.role() == Role.CHANNEL).orElse(false);
        return channel ? channelUploadsPerHour : uploadsPerHour;
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
