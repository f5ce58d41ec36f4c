package org.urbangrid.console.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.urbangrid.console.admin.AdminPages.admin;
import static org.urbangrid.console.admin.AdminPages.as;
import static org.urbangrid.console.admin.AdminPages.unique;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.urbangrid.channels.Channels;
import org.urbangrid.grid.Grids;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/**
 * 接入渠道 page: an administrator creates an Open311 channel, edits it, issues a key (shown once) that an Open311
 * client can post with, and revokes it after which the client gets 403; anyone else gets 403 from the page.
 */
class AdminChannelsPageTest extends IntegrationTest {

    @Autowired
    Channels channels;

    @Autowired
    Grids grids;

    @Test
    void an_administrator_creates_a_channel_issues_a_key_once_and_revokes_it() {
        var list = mvc.get().uri("/admin/channels").with(admin()).exchange();
        assertThat(list).hasStatusOk();
        assertThat(Api.body(list)).contains("id=\"channels-table\"", "open311-demo", "id=\"nav-admin-channels\"",
                "id=\"channel-create-form\"", "name=\"_csrf\"");

        var code = unique("page-o311-");
        var created = mvc.post().uri("/admin/channels").with(admin()).with(csrf()).param("code", code)
                .param("name", "页面渠道").param("kind", "OPEN311").param("source", "PUBLIC")
                .param("webhookUrl", "").param("webhookSecret", "").exchange();
        assertThat(created).hasStatus3xxRedirection();
        var channel = channels.byCode(code).orElseThrow();
        assertThat(channel.trusted()).isFalse();
        assertThat(channel.accountId()).isPositive();

        var saved = mvc.post().uri("/admin/channels/{id}", channel.id()).with(admin()).with(csrf()).param("code", code)
                .param("kind", "OPEN311").param("name", "页面渠道(改)").param("source", "PUBLIC").param("trusted", "true")
                .param("webhookUrl", "https://example.org/hook").param("webhookSecret", "a-secret-of-16-chars")
                .param("active", "true").exchange();
        assertThat(saved).hasStatus3xxRedirection();
        var after = channels.byCode(code).orElseThrow();
        assertThat(after.name()).isEqualTo("页面渠道(改)");
        assertThat(after.trusted()).isTrue();
        assertThat(after.webhookSecretSet()).isTrue();

        var issued = mvc.post().uri("/admin/channels/{id}/keys", channel.id()).with(admin()).with(csrf())
                .param("label", "FixMyStreet 测试").exchange();
        assertThat(issued).hasStatusOk();
        var matcher = Pattern.compile("id=\"issued-key\">[\\s\\S]*?<code>(ug_[A-Za-z0-9_-]+)</code>").matcher(Api.body(issued));
        assertThat(matcher.find()).isTrue();
        var key = matcher.group(1);
        assertThat(Api.body(issued)).contains("FixMyStreet 测试");
        assertThat(post311(key)).hasStatusOk();

        var page = mvc.get().uri("/admin/channels/{id}", channel.id()).with(admin()).exchange();
        assertThat(Api.body(page)).doesNotContain(key).doesNotContain("id=\"issued-key\"").contains(key.substring(0, 10))
                .contains("data-confirm=");
        long keyId = ((Number) Api.read(api.get("admin", "/api/channels/{id}/keys", channel.id()), "$[0].id")).longValue();
        var revoked = mvc.post().uri("/admin/channels/{id}/keys/{key}/revoke", channel.id(), keyId).with(admin())
                .with(csrf()).exchange();
        assertThat(revoked).hasStatus3xxRedirection();
        assertThat((String) Api.read(api.get("admin", "/api/channels/{id}/keys", channel.id()), "$[0].revokedAt")).isNotBlank();
        assertThat(post311(key)).hasStatus(403);
        assertThat(Api.body(mvc.get().uri("/admin/channels/{id}", channel.id()).with(admin()).exchange()))
                .contains("id=\"key-" + keyId + "\"").doesNotContain("id=\"revoke-" + keyId + "\"");
    }

    @Test
    void bad_input_is_refused_on_the_page_naming_the_field() {
        var refused = mvc.post().uri("/admin/channels").with(admin()).with(csrf()).param("code", "Bad Code")
                .param("name", "x").param("kind", "OPEN311").param("source", "PUBLIC").exchange();
        assertThat(refused).hasStatus(400);
        assertThat(Api.body(refused)).contains("Bad Code", "code");
        var wrongSource = mvc.post().uri("/admin/channels").with(admin()).with(csrf()).param("code", unique("page-bad-"))
                .param("name", "x").param("kind", "OPEN311").param("source", "HOTLINE_12345").exchange();
        assertThat(wrongSource).hasStatus(400);
        assertThat(Api.body(wrongSource)).contains("source");
        var shortSecret = mvc.post().uri("/admin/channels").with(admin()).with(csrf()).param("code", unique("page-bad-"))
                .param("name", "x").param("kind", "HOTLINE").param("source", "HOTLINE_12345")
                .param("webhookUrl", "https://example.org/h").param("webhookSecret", "short").exchange();
        assertThat(shortSecret).hasStatus(400);
        assertThat(Api.body(shortSecret)).contains("webhookSecret");
    }

    @Test
    void anyone_but_an_administrator_gets_403() {
        var demo = channels.byCode("open311-demo").orElseThrow();
        assertThat(mvc.get().uri("/admin/channels").with(as("operator", "OPERATOR")).exchange()).hasStatus(403);
        assertThat(mvc.get().uri("/admin/channels/{id}", demo.id()).with(as("dispatcher", "DISPATCHER")).exchange())
                .hasStatus(403);
        var issue = mvc.post().uri("/admin/channels/{id}/keys", demo.id()).with(as("operator", "OPERATOR")).with(csrf())
                .exchange();
        assertThat(issue).hasStatus(403);
        assertThat(Api.body(issue)).doesNotContain("issued-key");
        var createAsLeader = mvc.post().uri("/admin/channels").with(as("leader", "LEADER")).with(csrf())
                .param("code", unique("page-no-")).param("name", "x").param("kind", "OPEN311").param("source", "PUBLIC")
                .exchange();
        assertThat(createAsLeader).hasStatus(403);
    }

    private MvcTestResult post311(String key) {
        var centre = grids.centroidOf("210231001002005");
        return mvc.post().uri("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("api_key", key).param("service_code", "E0102").param("attribute[condition]", "E0102-01")
                .param("lat", String.valueOf(centre.latitude())).param("long", String.valueOf(centre.longitude()))
                .param("description", "控制台发放的密钥").exchange();
    }
}
