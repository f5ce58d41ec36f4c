package org.urbangrid.attachments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.urbangrid.attachments.PhotoAccessPolicy;
import org.urbangrid.attachments.PhotoUploads;
import org.urbangrid.attachments.TestImages;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.NewStaff;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.platform.UrbanGridException;
import org.urbangrid.support.IntegrationTest;

/** The hourly upload limit per person, and the removal of uploads no move attached within a day. */
class PhotoHousekeepingTest extends IntegrationTest {

    @Autowired
    PhotoBlobs blobs;

    @Autowired
    PhotoRows rows;

    @Autowired
    CurrentStaff current;

    @Autowired
    ObjectProvider<PhotoAccessPolicy> policy;

    @Autowired
    UnattachedPhotoCleanup cleanup;

    @Autowired
    Organization organization;

    private long person(String name) {
        return organization.staffByUsername(name).orElseGet(() -> organization.createStaff(
                new NewStaff(name, "照片", "secret-1", Role.INSPECTOR, null, null, null))).id();
    }

    @Test
    void uploads_beyond_the_hourly_limit_answer_429_with_retry_after_until_the_hour_has_passed() {
        var store = new DefaultPhotoStore(blobs, rows, clock, current, policy, 3);
        long uploader = person("limit-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        for (int i = 0; i < 3; i++) {
            store.store(TestImages.png(), uploader);
            clock.advance(Duration.ofMinutes(10));
        }
        var response = new MockHttpServletResponse();
        assertThatThrownBy(() -> PhotoUploads.store(store, TestImages.png(), uploader, response))
                .isInstanceOfSatisfying(UrbanGridException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(429);
                    assertThat(e.messageKey()).isEqualTo("error.photo.rate-limited");
                });
        // the first upload leaves the hour 30 minutes from now
        assertThat(response.getHeader("Retry-After")).isEqualTo(String.valueOf(30 * 60));
        clock.advance(Duration.ofMinutes(31));
        assertThat(store.store(TestImages.png(), uploader).id()).isNotBlank();
    }

    @Test
    void uploads_stamped_after_now_do_not_count_against_an_earlier_hour() {
        var store = new DefaultPhotoStore(blobs, rows, clock, current, policy, 2);
        long uploader = person("later-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        store.store(TestImages.png(), uploader);
        store.store(TestImages.png(), uploader);
        // an earlier hour (a month simulated after a later one): the later uploads are not in its last hour
        clock.advance(Duration.ofDays(-30));
        assertThat(store.store(TestImages.png(), uploader).id()).isNotBlank();
        assertThat(store.store(TestImages.png(), uploader).id()).isNotBlank();
        assertThatThrownBy(() -> store.store(TestImages.png(), uploader)).isInstanceOf(UrbanGridException.class);
    }

    @Test
    void unattached_uploads_are_removed_after_a_day_and_attached_ones_stay() {
        var store = new DefaultPhotoStore(blobs, rows, clock, current, policy, 1000);
        long uploader = person("cleanup-" + ProcessHandle.current().pid());
        var loose = store.store(TestImages.png(), uploader);
        var kept = store.store(TestImages.jpeg(), uploader);
        store.claim(List.of(kept.id()), uploader);
        clock.advance(Duration.ofHours(23));
        var young = store.store(TestImages.png(), uploader);
        clock.advance(Duration.ofHours(2));

        assertThat(cleanup.run()).isGreaterThanOrEqualTo(1);
        assertThat(store.find(loose.id())).isEmpty();
        assertThat(blobs.open(loose.id())).isEmpty();
        assertThat(store.find(kept.id())).isPresent();
        assertThat(blobs.open(kept.id())).isPresent();
        assertThat(store.find(young.id())).isPresent();
    }
}
