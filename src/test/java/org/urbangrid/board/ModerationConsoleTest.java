package org.urbangrid.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.attachments.PhotoStore;
import org.urbangrid.cases.CaseManagement;
import org.urbangrid.cases.PublicCases;
import org.urbangrid.channels.Channels;
import org.urbangrid.grid.Grids;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/**
 * 公开审核: a citizen's report is not public until an operator saw it; approving shows it, hiding masks a phrase and
 * drops photos publicly with the reason in the history; other roles get 403.
 */
class ModerationConsoleTest extends IntegrationTest {

    @Autowired
    Channels channels;

    @Autowired
    CaseManagement management;

    @Autowired
    PhotoStore photos;

    @Autowired
    Grids grids;

    @Autowired
    PublicCases publicCases;

    long citizen(String text, int photoCount) {
        return BoardSeeds.citizen(channels, management, photos, grids, text, photoCount);
    }

    String page(String user, String role) {
        var result = mvc.get().uri("/console/moderation").with(user(user).roles(role)).exchange();
        assertThat(result).hasStatusOk();
        return Api.body(result);
    }

    @Test
    void approving_shows_the_text_and_photos_publicly() {
        long id = citizen("审核测试:人行道上有一堆建筑垃圾", 1);
        var before = publicCases.byId(id).orElseThrow();
        assertThat(before.description()).isNull();
        assertThat(before.beforePhotoIds()).isEmpty();
        var list = page("operator", "OPERATOR");
        assertThat(list).contains(before.number(), "审核测试:人行道上有一堆建筑垃圾", "/console/photos/");

        var done = mvc.post().uri("/console/moderation/{id}/approve", id).with(csrf())
                .with(user("operator").roles("OPERATOR")).exchange();
        assertThat(done).hasStatus3xxRedirection();
        assertThat(done.getMvcResult().getFlashMap().get("flash")).asString().contains(before.number());
        var after = publicCases.byId(id).orElseThrow();
        assertThat(after.description()).isEqualTo("审核测试:人行道上有一堆建筑垃圾");
        assertThat(after.beforePhotoIds()).hasSize(1);
        assertThat(page("operator", "OPERATOR")).doesNotContain(before.number());
        assertThat(Api.body(mvc.get().uri("/public/board/cases/" + before.number()).exchange()))
                .contains("审核测试:人行道上有一堆建筑垃圾");
    }

    @Test
    void hiding_masks_the_phrase_and_drops_the_photo_with_the_reason_in_the_history() {
        long id = citizen("审核测试:李四家门口的垃圾没人清", 2);
        var number = publicCases.byId(id).orElseThrow().number();
        var photoIds = api.get("operator", "/api/cases/{id}", id);
        java.util.List<String> reportPhotos = Api.read(photoIds, "$.history[0].photoIds");
        assertThat(reportPhotos).hasSize(2);

        var hidden = mvc.post().uri("/console/moderation/{id}/hide", id).param("hiddenText", "李四家")
                .param("hiddenPhotoIds", reportPhotos.get(0)).param("reason", "含个人信息").param("approve", "true")
                .with(csrf()).with(user("operator").roles("OPERATOR")).exchange();
        assertThat(hidden).hasStatus3xxRedirection();
        assertThat(hidden.getMvcResult().getFlashMap().get("error")).isNull();

        var shown = publicCases.byId(id).orElseThrow();
        assertThat(shown.description()).isEqualTo("审核测试:***门口的垃圾没人清");
        assertThat(shown.beforePhotoIds()).containsExactly(reportPhotos.get(1));
        assertThat(publicCases.publicPhoto(reportPhotos.get(0))).isEmpty();
        assertThat(publicCases.publicPhoto(reportPhotos.get(1))).contains(number);
        var publicPage = Api.body(mvc.get().uri("/public/board/cases/" + number).exchange());
        assertThat(publicPage).contains("***门口的垃圾没人清").doesNotContain("李四", reportPhotos.get(0));
        var history = Api.body(api.get("operator", "/api/cases/{id}", id));
        assertThat(history).contains("HIDE_PUBLIC", "含个人信息", "APPROVE_PUBLIC");

        // a hide without a reason is refused with the message, nothing changes
        long other = citizen("审核测试:没有原因的屏蔽", 0);
        var refused = mvc.post().uri("/console/moderation/{id}/hide", other).param("hiddenText", "原因")
                .with(csrf()).with(user("operator").roles("OPERATOR")).exchange();
        assertThat(refused).hasStatus3xxRedirection();
        assertThat(refused.getMvcResult().getFlashMap().get("error")).isNotNull();
        assertThat(publicCases.byId(other).orElseThrow().description()).isNull();
    }

    @Test
    void roles_that_may_not_moderate_get_403() {
        long id = citizen("审核测试:角色", 0);
        for (var role : new String[][] {{"shiftleader", "SHIFT_LEADER"}, {"dispatcher", "DISPATCHER"},
                {"leader", "LEADER"}, {"inspector", "INSPECTOR"}}) {
            assertThat(mvc.get().uri("/console/moderation").with(user(role[0]).roles(role[1])).exchange())
                    .as(role[1]).hasStatus(403);
            assertThat(mvc.post().uri("/console/moderation/{id}/approve", id).with(csrf())
                    .with(user(role[0]).roles(role[1])).exchange()).as(role[1]).hasStatus(403);
        }
        assertThat(publicCases.byId(id).orElseThrow().description()).isNull();
    }
}
