package org.urbangrid.channels;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.Role;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/**
 * 接入渠道 through the administrators' API: a channel gets a CHANNEL account that cannot log in, keys are shown
 * once and kept as hashes, a revoked key authenticates nothing, and acting as a channel names it in the history.
 */
abstract class ChannelsContract extends IntegrationTest {

    @Autowired
    Channels channels;

    @Autowired
    CurrentStaff current;

    private long create(String code) {
        var created = api.post("admin", "/api/channels", """
                {"code":"%s","name":"12345 市民服务热线","kind":"HOTLINE","source":"HOTLINE_12345","trusted":false,
                 "webhookUrl":"http://127.0.0.1:18345/webhook","webhookSecret":"a-shared-secret-of-length"}""".formatted(code));
        assertThat(created).as(Api.body(created)).hasStatus(201);
        return ((Number) Api.read(created, "$.id")).longValue();
    }

    @Test
    void the_web_channel_is_there_from_the_start_and_untrusted() {
        var web = channels.web();
        assertThat(web.kind()).isEqualTo(ChannelKind.WEB);
        assertThat(web.trusted()).isFalse();
    }

    @Test
    void an_administrator_creates_a_channel_and_issues_and_revokes_keys() {
        long id = create("hotline-" + System.nanoTime() % 1_000_000);
        var channel = channels.require(id);
        assertThat(channel.webhookSecretSet()).isTrue();
        assertThat(Api.body(api.get("admin", "/api/channels"))).doesNotContain("a-shared-secret-of-length");

        var issued = api.post("admin", "/api/channels/{id}/keys", "{\"label\":\"测试\"}", id);
        assertThat(issued).hasStatus(201);
        String key = Api.read(issued, "$.key");
        long keyId = ((Number) Api.read(issued, "$.details.id")).longValue();
        assertThat(channels.authenticate(key)).map(Channel::id).contains(id);
        assertThat(channels.authenticate(key + "x")).isEmpty();
        var listed = api.get("admin", "/api/channels/{id}/keys", id);
        assertThat(Api.body(listed)).doesNotContain(key).contains(key.substring(0, 10));

        assertThat(api.post("admin", "/api/channels/keys/{id}/revoke", null, keyId)).hasStatusOk();
        assertThat(channels.authenticate(key)).isEmpty();
        assertThat(Api.<String>read(api.get("admin", "/api/channels/{id}/keys", id), "$[0].revokedAt")).isNotNull();
    }

    @Test
    void only_administrators_manage_channels_and_bad_input_names_the_field() {
        assertThat(api.get("operator", "/api/channels")).hasStatus(403);
        assertThat(api.post("operator", "/api/channels/{id}/keys", null, channels.web().id())).hasStatus(403);
        var wrongSource = api.post("admin", "/api/channels", """
                {"code":"bad-source","name":"x","kind":"OPEN311","source":"HOTLINE_12319","trusted":false}""");
        assertThat(wrongSource).hasStatus(400);
        assertThat(Api.<String>read(wrongSource, "$.field")).isEqualTo("source");
        var badCode = api.post("admin", "/api/channels", """
                {"code":"Bad Code","name":"x","kind":"OPEN311","source":"PUBLIC","trusted":false}""");
        assertThat(badCode).hasStatus(400);
        assertThat(Api.body(badCode)).contains("code");
        assertThat(api.post("admin", "/api/channels", """
                {"code":"web","name":"again","kind":"WEB","source":"PUBLIC","trusted":false}""")).hasStatus(409);
    }

    @Test
    void a_channel_account_cannot_log_in_and_acting_as_the_channel_names_it() {
        var web = channels.web();
        var account = channels.principal(web);
        assertThat(account.role()).isEqualTo(Role.CHANNEL);
        var login = mvc.post().uri("/api/auth/token").contentType("application/json")
                .content("{\"username\":\"" + account.username() + "\",\"password\":\"-\"}").exchange();
        assertThat(login).hasStatus(401);
        var acting = channels.actAs(web, () -> current.get());
        assertThat(acting.id()).isEqualTo(web.accountId());
        assertThat(acting.role()).isEqualTo(Role.CHANNEL);
        // The staff form cannot make or change a channel account.
        var asStaff = api.post("admin", "/api/staff", """
                {"username":"fake.channel","displayName":"x","password":"secret-123","role":"CHANNEL"}""");
        assertThat(asStaff).hasStatus(400);
    }
}
