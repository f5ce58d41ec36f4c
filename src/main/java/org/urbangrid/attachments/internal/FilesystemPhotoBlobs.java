package org.urbangrid.attachments.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.urbangrid.platform.PlatformProperties;

/**
 * Photos as files under {@code <data-dir>/photos/ab/cd/abcd…}, sharded by the id's first four characters so no
 * folder grows past a few thousand entries. A photo is written to a temporary file beside the shards and then
 * moved into place atomically, so a reader never sees half a photo and a crash leaves only a temp file.
 */
@Component
class FilesystemPhotoBlobs implements PhotoBlobs {

    private final Path root;

    FilesystemPhotoBlobs(PlatformProperties properties) {
        this.root = properties.dataDir().resolve("photos").toAbsolutePath();
    }

    @Override
    public void put(String id, byte[] content) {
        try {
            var target = path(id);
            Files.createDirectories(target.getParent());
            var tempDir = Files.createDirectories(root.resolve("tmp"));
            var temp = Files.createTempFile(tempDir, id, ".part");
            try {
                Files.write(temp, content);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store photo " + id, e);
        }
    }

    @Override
    public Optional<InputStream> open(String id) {
        try {
            return Optional.of(Files.newInputStream(path(id)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read photo " + id, e);
        }
    }

    @Override
    public void delete(String id) {
        try {
            Files.deleteIfExists(path(id));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete photo " + id, e);
        }
    }

    /** Ids are checked as UUIDs before they get here, so they cannot climb out of the root. */
    Path path(String id) {
        return root.resolve(id.substring(0, 2)).resolve(id.substring(2, 4)).resolve(id);
    }
}
