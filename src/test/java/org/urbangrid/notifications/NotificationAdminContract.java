package org.urbangrid.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.urbangrid.audit.AuditLog;
import org.urbangrid.notifications.internal.NotificationPoller;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/** Administrators watch the outbox and redeliver, as JSON and on the console page; nobody else may. */
abstract class NotificationAdminContract extends IntegrationTest {

    static final String SECRET = "admin-test-secret-never-shown";

    @Autowired Notifications notifications;
    @Autowired NotificationPoller poller;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLog audit;

    WebhookReceiver receiver;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
        jdbc.sql("update notification set status = 'FAILED' where status = 'PENDING'").update();
    }

    @Test
    void only_administrators_read_the_outbox_or_redeliver() {
        long id = notifications.enqueueWebhook("hotline", receiver.url(), SECRET, "case.closed", "{}");
        assertThat(api.get("dispatcher", "/api/admin/notifications")).hasStatus(403);
        assertThat(api.get("dispatcher", "/api/admin/notifications/{id}", id)).hasStatus(403);
        assertThat(api.post("dispatcher", "/api/admin/notifications/{id}/redeliver", null, id)).hasStatus(403);
        assertThat(mvc.get().uri("/api/admin/notifications").exchange()).hasStatus(401);
        assertThat(mvc.get().uri("/admin/notifications").with(user("dispatcher").roles("DISPATCHER")).exchange())
                .hasStatus(403);
        assertThat(mvc.post().uri("/admin/notifications/{id}/redeliver", id)
                .with(user("dispatcher").roles("DISPATCHER")).with(csrf()).exchange()).hasStatus(403);
    }

    @Test
    void the_api_lists_newest_first_by_status_shows_attempts_and_redelivers() {
        receiver.failFirst(1);
        long older = notifications.enqueueWebhook("hotline", receiver.url(), SECRET, "case.filed", "{\"n\":1}");
        long newer = notifications.enqueueWebhook("hotline", receiver.url(), SECRET, "case.closed", "{\"n\":2}");
        poller.deliverDue(); // the first try of `older` fails (500), `newer` is delivered

        var list = api.get("admin", "/api/admin/notifications?size=2");
        assertThat(list).hasStatusOk();
        List<Integer> ids = Api.read(list, "$.notifications[*].id");
        assertThat(ids).containsExactly((int) newer, (int) older);
        assertThat(Api.body(list)).doesNotContain(SECRET);

        var pending = api.get("admin", "/api/admin/notifications?status=PENDING");
        List<Integer> pendingIds = Api.read(pending, "$.notifications[*].id");
        assertThat(pendingIds).contains((int) older).doesNotContain((int) newer);

        var firstPage = api.get("admin", "/api/admin/notifications?size=1");
        Integer nextBefore = Api.read(firstPage, "$.nextBefore");
        assertThat(nextBefore).isEqualTo((int) newer);
        List<Integer> secondPage = Api.read(api.get("admin", "/api/admin/notifications?size=1&before=" + nextBefore),
                "$.notifications[*].id");
        assertThat(secondPage).containsExactly((int) older);

        var detail = api.get("admin", "/api/admin/notifications/{id}", older);
        assertThat(detail).hasStatusOk();
        assertThat(Api.<String>read(detail, "$.notification.status")).isEqualTo("PENDING");
        assertThat(Api.<Integer>read(detail, "$.attempts[0].httpStatus")).isEqualTo(500);
        assertThat(Api.<Boolean>read(detail, "$.attempts[0].delivered")).isFalse();
        assertThat(Api.<String>read(detail, "$.attempts[0].error")).isEqualTo("HTTP 500");
        assertThat(Api.body(detail)).doesNotContain(SECRET);

        var redelivered = api.post("admin", "/api/admin/notifications/{id}/redeliver", null, newer);
        assertThat(redelivered).hasStatusOk();
        assertThat(Api.<String>read(redelivered, "$.status")).isEqualTo("PENDING");
        poller.deliverDue();
        assertThat(receiver.received()).extracting(WebhookReceiver.Received::text)
                .containsExactlyInAnyOrder("{\"n\":1}", "{\"n\":2}", "{\"n\":2}");
        assertThat(audit.page("notifications", null, 1).entries()).singleElement()
                .satisfies(e -> assertThat(e.subject()).isEqualTo(String.valueOf(newer)));

        var missing = api.get("admin", "/api/admin/notifications/{id}", Long.MAX_VALUE);
        assertThat(missing).hasStatus(404);
        assertThat(Api.<String>read(missing, "$.code")).isEqualTo("notifications.error.not-found");
        assertThat(api.get("admin", "/api/admin/notifications?status=LOST")).hasStatus(400);
    }

    @Test
    void the_console_page_lists_shows_attempts_and_redelivers() {
        receiver.failFirst(1);
        long id = notifications.enqueueWebhook("hotline-12345", receiver.url(), SECRET, "case.closed", "{\"n\":3}");
        poller.deliverDue();

        var list = mvc.get().uri("/admin/notifications").with(user("admin").roles("ADMIN")).exchange();
        assertThat(list).hasStatusOk();
        assertThat(Api.body(list)).contains("id=\"notification-" + id + "\"", "hotline-12345", "待投递",
                "id=\"nav-admin-notifications\"").doesNotContain(SECRET);
        var failedOnly = mvc.get().uri("/admin/notifications?status=FAILED").with(user("admin").roles("ADMIN")).exchange();
        assertThat(Api.body(failedOnly)).doesNotContain("id=\"notification-" + id + "\"");

        var page = mvc.get().uri("/admin/notifications/{id}", id).with(user("admin").roles("ADMIN")).exchange();
        assertThat(page).hasStatusOk();
        assertThat(Api.body(page)).contains("id=\"notification-attempts\"", "HTTP 500", "id=\"notification-redeliver\"")
                .doesNotContain(SECRET);
        var english = mvc.get().uri("/admin/notifications/{id}?lang=en", id).with(user("admin").roles("ADMIN")).exchange();
        assertThat(Api.body(english)).contains("Delivery attempts", "Redeliver");

        var redeliver = mvc.post().uri("/admin/notifications/{id}/redeliver", id).with(user("admin").roles("ADMIN"))
                .with(csrf()).exchange();
        assertThat(redeliver).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/admin/notifications/" + id);
        assertThat(notifications.detail(id).notification().nextAttemptAt()).isEqualTo(clock.instant());

        var missing = mvc.get().uri("/admin/notifications/{id}", Long.MAX_VALUE).with(user("admin").roles("ADMIN"))
                .exchange();
        assertThat(missing).hasStatus(404);
        assertThat(Api.body(missing)).contains("id=\"admin-error\"");
    }
}
