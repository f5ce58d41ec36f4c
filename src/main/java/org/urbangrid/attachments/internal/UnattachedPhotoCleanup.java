package org.urbangrid.attachments.internal;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/**
 * Removes uploads that no move attached within a day: first the row (only if still unattached, so a move that
 * attaches it at the same moment wins), then the bytes. Runs hourly on one node through the durable scheduler.
 */
@Component
class UnattachedPhotoCleanup {

    static final Duration KEEP = Duration.ofDays(1);
    private static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(UnattachedPhotoCleanup.class);

    private final PhotoRows rows;
    private final PhotoBlobs blobs;
    private final Clock clock;

    UnattachedPhotoCleanup(PhotoRows rows, PhotoBlobs blobs, Clock clock) {
        this.rows = rows;
        this.blobs = blobs;
        this.clock = clock;
    }

    /** Removes every unattached photo uploaded more than a day ago; returns how many. */
    int run() {
        var cutoff = clock.instant().minus(KEEP);
        int removed = 0;
        while (true) {
            var batch = rows.unattachedBefore(cutoff, BATCH);
            for (var id : batch) {
                if (rows.deleteUnattached(id, cutoff)) {
                    try {
                        blobs.delete(id);
                    } catch (RuntimeException e) {
                        log.warn("Photo {} row removed but its bytes could not be: {}", id, e.getMessage());
                    }
                    removed++;
                }
            }
            if (batch.size() < BATCH) {
                break;
            }
        }
        if (removed > 0) {
            log.info("Removed {} photos no move attached within {}", removed, KEEP);
        }
        return removed;
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        RecurringTask<Void> removeUnattachedPhotos(UnattachedPhotoCleanup cleanup) {
            return Tasks.recurring("remove-unattached-photos", FixedDelay.of(Duration.ofHours(1)))
                    .execute((instance, context) -> cleanup.run());
        }
    }
}
