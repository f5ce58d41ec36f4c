package org.urbangrid.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.urbangrid.attachments.TestImages;
import org.urbangrid.cases.CaseEvent;
import org.urbangrid.cases.CaseMove;
import org.urbangrid.cases.CaseSource;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.cases.PublicCases;
import org.urbangrid.grid.Gazetteer;
import org.urbangrid.grid.Grids;
import org.urbangrid.notifications.NotificationStatus;
import org.urbangrid.notifications.Notifications;
import org.urbangrid.notifications.WebhookSignature;
import org.urbangrid.notifications.internal.NotificationPoller;
import org.urbangrid.organization.Role;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

import com.jayway.jsonpath.JsonPath;

/**
 * The hotline exchange over HTTP as a hotline system uses it (its API key, {@code /exchange/v1}), with the
 * {@link Simulated12345} receiving the webhooks the outbox posts (the poller called directly, time driven by the
 * test clock). On H2 and PostgreSQL.
 */
abstract class HotlineExchangeContract extends IntegrationTest {

    static final String SECRET = "hotline-secret-回调-0123456789";
    /** A unit grid of the demo inspector's area (凌水街道); 环卫 handles its rubbish. */
    static final String GRID = "210231001002005";
    static final String CALLER = "王小明";
    static final String PHONE = "13800138000";

    @Autowired JdbcClient jdbc;
    @Autowired Grids grids;
    @Autowired Gazetteer gazetteer;
    @Autowired NotificationPoller poller;
    @Autowired Notifications notifications;
    @Autowired PublicCases publicCases;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;

    Simulated12345 hotline;
    String key;
    String code;
    long channelId;

    @BeforeEach
    void channelAndReceiver() throws IOException {
        hotline = new Simulated12345(null, null, SECRET, 0, clock);
        code = "h12345-" + UUID.randomUUID().toString().substring(0, 8);
        channelId = channel(code, "HOTLINE", "HOTLINE_12345", hotline.webhookUrl());
        key = issueKey(channelId);
    }

    @AfterEach
    void stopReceiver() {
        hotline.close();
        // nothing of this test is left for a later one (or the background poller) to deliver
        jdbc.sql("update notification set status = 'FAILED' where status = 'PENDING'").update();
    }

    // ---------------------------------------------------------------- helpers

    long channel(String code, String kind, String source, String webhook) {
        var body = "{\"code\":\"" + code + "\",\"name\":\"测试热线 " + code + "\",\"kind\":\"" + kind + "\",\"source\":\""
                + source + "\",\"trusted\":true" + (webhook == null ? "" : ",\"webhookUrl\":\"" + webhook
                + "\",\"webhookSecret\":\"" + SECRET + "\"") + "}";
        var created = api.post("admin", "/api/channels", body);
        assertThat(created).as(Api.body(created)).hasStatus(201);
        return ((Number) Api.read(created, "$.id")).longValue();
    }

    String issueKey(long channel) {
        var issued = api.post("admin", "/api/channels/{id}/keys", "{\"label\":\"test\"}", channel);
        assertThat(issued).as(Api.body(issued)).hasStatus(201);
        return Api.read(issued, "$.key");
    }

    String position() {
        var point = grids.centroidOf(GRID);
        return String.format(Locale.ROOT, "\"latitude\":%.7f,\"longitude\":%.7f", point.latitude(), point.longitude());
    }

    String order(String ticket, String description) {
        return "{\"ticketId\":\"" + ticket + "\",\"source\":\"HOTLINE_12345\"," + position() + ",\"description\":\""
                + description + "\",\"conditionCode\":\"E0102-01\",\"complexity\":\"SIMPLE\",\"callerName\":\"" + CALLER
                + "\",\"callerPhone\":\"" + PHONE + "\"}";
    }

    static String ticket() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
    }

    MvcTestResult post(String key, String path, String json) {
        var request = mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(json);
        return key == null ? request.exchange() : request.header("X-Api-Key", key).exchange();
    }

    MvcTestResult get(String key, String path) {
        return mvc.get().uri(path).header("Authorization", "Bearer " + key).exchange();
    }

    /** A work order taken: its case number. */
    String created(String ticket) {
        var result = post(key, "/exchange/v1/cases", order(ticket, "市民来电:小区门口垃圾没人清"));
        assertThat(result).as(Api.body(result)).hasStatus(201);
        return Api.read(result, "$.caseNumber");
    }

    long idOf(String number) {
        return jdbc.sql("select id from cases where case_number = ?").param(number).query(Long.class).single();
    }

    MvcTestResult move(String user, String number, String action, String json) {
        var result = api.post(user, "/api/cases/{id}/{action}", json, idOf(number), action);
        assertThat(result).as(action + ": " + Api.body(result)).hasStatusOk();
        return result;
    }

    String photo(String user) {
        var result = mvc.post().uri("/api/photos").multipart()
                .file(new MockMultipartFile("file", "site.png", "image/png", TestImages.png()))
                .header("Authorization", "Bearer " + api.token(user)).exchange();
        assertThat(result).hasStatus(201);
        return Api.read(result, "$.id");
    }

    /** The webhooks of a case enqueued so far (the listener runs after commit, on another thread). */
    long webhooksOf(String number) {
        return jdbc.sql("select count(*) from notification where dedupe_key like ?")
                .param("exchange:case:" + idOf(number) + ":%").query(Long.class).single();
    }

    void awaitWebhooks(String number, long count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> webhooksOf(number) >= count);
    }

    static void assertNoPersonalData(String body) {
        assertThat(body).doesNotContain(CALLER).doesNotContain(PHONE).doesNotContain("callerName")
                .doesNotContain("callerPhone");
    }

    // ---------------------------------------------------------------- intake

    @Test
    void a_work_order_becomes_a_case_once_and_a_retry_answers_the_same_case() {
        var ticket = ticket();
        var first = post(key, "/exchange/v1/cases", order(ticket, "市民来电:路边垃圾"));
        assertThat(first).as(Api.body(first)).hasStatus(201);
        String number = Api.read(first, "$.caseNumber");
        assertThat(first.getResponse().getHeader("Location")).isEqualTo("/exchange/v1/cases/" + number);
        assertThat(Api.<String>read(first, "$.ticketId")).isEqualTo(ticket);
        assertThat(Api.<String>read(first, "$.status")).isEqualTo("REPORTED");
        assertThat(Api.<String>read(first, "$.publicStatus")).isEqualTo("RECEIVED");
        assertThat(Api.<String>read(first, "$.links.self")).isEqualTo("/exchange/v1/cases/" + number);
        assertThat(Api.<String>read(first, "$.links.updates")).isEqualTo("/exchange/v1/updates");
        assertNoPersonalData(Api.body(first));

        var retry = post(key, "/exchange/v1/cases", order(ticket, "市民来电:路边垃圾"));
        assertThat(retry).hasStatusOk();
        assertThat(retry.getResponse().getHeader("Idempotent-Replay")).isEqualTo("true");
        assertThat(Api.body(retry)).isEqualTo(Api.body(first));

        var stored = jdbc.sql("""
                select c.case_number, c.source, c.ticket_number, c.caller_name, c.caller_phone, c.reporter_id from cases c
                where c.ticket_number = ?""").param(ticket).query().listOfRows();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0)).containsEntry("source", "HOTLINE_12345").containsEntry("caller_name", CALLER)
                .containsEntry("caller_phone", PHONE);
        var account = JsonPath.read(Api.body(api.get("admin", "/api/channels")), "$[?(@.code == '" + code + "')].accountId");
        assertThat(((List<?>) account).get(0)).isEqualTo(((Number) stored.get(0).get("reporter_id")).intValue());
        // the case history names the channel's account as the reporter; the staff who call back see the caller
        var view = api.get("operator", "/api/cases/{id}", idOf(number));
        assertThat(Api.<String>read(view, "$.ticketNumber")).isEqualTo(ticket);
        assertThat(Api.<String>read(view, "$.callerPhone")).isEqualTo(PHONE);
    }

    @Test
    void concurrent_retries_of_one_ticket_end_in_one_case() throws Exception {
        var ticket = ticket();
        var body = order(ticket, "市民来电:并发重试");
        var pool = Executors.newFixedThreadPool(6);
        var start = new CountDownLatch(1);
        var calls = new ArrayList<Callable<MvcTestResult>>();
        for (int i = 0; i < 6; i++) {
            calls.add(() -> {
                start.await();
                return post(key, "/exchange/v1/cases", body);
            });
        }
        try {
            var futures = calls.stream().map(pool::submit).toList();
            start.countDown();
            var numbers = new HashSet<String>();
            int created = 0;
            for (var future : futures) {
                var result = future.get();
                assertThat(result.getResponse().getStatus()).as(Api.body(result)).isIn(200, 201);
                created += result.getResponse().getStatus() == 201 ? 1 : 0;
                numbers.add(Api.read(result, "$.caseNumber"));
            }
            assertThat(numbers).hasSize(1);
            assertThat(created).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from cases where ticket_number = ?").param(ticket).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void the_same_ticket_with_other_content_is_refused_and_another_channels_ticket_is_its_own_case() {
        var ticket = ticket();
        var number = created(ticket);
        var changed = post(key, "/exchange/v1/cases", order(ticket, "市民来电:另一件事"));
        assertThat(changed).hasStatus(422);
        assertThat(Api.<String>read(changed, "$.code")).isEqualTo("error.case.idempotency-key-reused");

        var other = channel("h12345-" + UUID.randomUUID().toString().substring(0, 8), "HOTLINE", "HOTLINE_12345", null);
        var otherKey = issueKey(other);
        var theirs = post(otherKey, "/exchange/v1/cases", order(ticket, "市民来电:小区门口垃圾没人清"));
        assertThat(theirs).as(Api.body(theirs)).hasStatus(201);
        assertThat(Api.<String>read(theirs, "$.caseNumber")).isNotEqualTo(number);
        assertThat(get(otherKey, "/exchange/v1/cases/" + number)).as("not theirs").hasStatus(404);
        assertThat(get(key, "/exchange/v1/cases/" + Api.read(theirs, "$.caseNumber"))).hasStatus(404);
    }

    @Test
    void an_address_the_gazetteer_knows_stands_for_a_position() {
        var place = gazetteer.search("路", 20).stream().filter(p -> p.unitGridCode() != null).findFirst().orElseThrow();
        var body = "{\"ticketId\":\"" + ticket() + "\",\"address\":\"" + place.name() + "\",\"description\":\"井盖破损\"}";
        var result = post(key, "/exchange/v1/cases", body);
        assertThat(result).as(Api.body(result)).hasStatus(201);
        var view = get(key, "/exchange/v1/cases/" + Api.read(result, "$.caseNumber"));
        assertThat(((Number) Api.read(view, "$.latitude")).doubleValue()).isEqualTo(place.latitude());
        assertThat(((Number) Api.read(view, "$.longitude")).doubleValue()).isEqualTo(place.longitude());
    }

    // ---------------------------------------------------------------- refusals

    @Test
    void without_a_valid_hotline_key_every_call_is_forbidden() {
        var body = order(ticket(), "市民来电");
        assertForbidden(post(null, "/exchange/v1/cases", body));
        assertForbidden(mvc.get().uri("/exchange/v1/updates").exchange());
        assertForbidden(post("ug_not-a-key", "/exchange/v1/cases", body));
        assertForbidden(get("ug_not-a-key", "/exchange/v1/updates"));
        assertForbidden(get(api.token("admin"), "/exchange/v1/updates"));

        var second = api.post("admin", "/api/channels/{id}/keys", "{\"label\":\"revoked\"}", channelId);
        String revoked = Api.read(second, "$.key");
        assertThat(get(revoked, "/exchange/v1/updates")).hasStatusOk();
        var keyId = ((Number) Api.read(second, "$.details.id")).longValue();
        assertThat(api.post("admin", "/api/channels/keys/{id}/revoke", null, keyId)).hasStatusOk();
        assertForbidden(get(revoked, "/exchange/v1/updates"));
        assertForbidden(post(revoked, "/exchange/v1/cases", body));
        assertThat(get(key, "/exchange/v1/updates")).as("the other key still works").hasStatusOk();

        var open311 = channel("o311-" + UUID.randomUUID().toString().substring(0, 8), "OPEN311", "PUBLIC", null);
        var appKey = issueKey(open311);
        assertForbidden(post(appKey, "/exchange/v1/cases", body));
        assertForbidden(get(appKey, "/exchange/v1/updates"));
        assertThat(jdbc.sql("select count(*) from cases where description = '市民来电'").query(Long.class).single()).isZero();
    }

    static void assertForbidden(MvcTestResult result) {
        assertThat(result).hasStatus(403);
        assertThat(Api.<String>read(result, "$.code")).isEqualTo("exchange.error.forbidden");
        assertThat(Api.<String>read(result, "$.detail")).isNotBlank();
    }

    @Test
    void bad_work_orders_are_refused_naming_the_field() {
        var pos = position();
        assertField("{" + pos + ",\"description\":\"x\"}", "ticketId");
        assertField("{\"ticketId\":\"有 空格\"," + pos + ",\"description\":\"x\"}", "ticketId");
        assertField("{\"ticketId\":\"" + "A".repeat(33) + "\"," + pos + ",\"description\":\"x\"}", "ticketId");
        assertField("{\"ticketId\":\"" + ticket() + "\"," + pos + "}", "description");
        assertField("{\"ticketId\":\"" + ticket() + "\"," + pos + ",\"description\":\" \"}", "description");
        assertField("{\"ticketId\":\"" + ticket() + "\",\"latitude\":38.86,\"description\":\"x\"}", "longitude");
        assertField("{\"ticketId\":\"" + ticket() + "\",\"longitude\":121.5,\"description\":\"x\"}", "latitude");
        assertField("{\"ticketId\":\"" + ticket() + "\",\"latitude\":91,\"longitude\":121.5,\"description\":\"x\"}", "latitude");
        assertField("{\"ticketId\":\"" + ticket() + "\",\"description\":\"x\"}", "latitude");
        assertField("{\"ticketId\":\"" + ticket() + "\",\"address\":\"不存在的地方九九九\",\"description\":\"x\"}", "address");
        assertField("{\"ticketId\":\"" + ticket() + "\",\"source\":\"HOTLINE_12319\"," + pos + ",\"description\":\"x\"}", "source");
        assertField("{\"ticketId\":\"" + ticket() + "\",\"source\":\"PUBLIC\"," + pos + ",\"description\":\"x\"}", "source");
        assertField("{\"ticketId\":\"" + ticket() + "\",\"source\":\"NOPE\"," + pos + ",\"description\":\"x\"}", "source");
        assertField("{\"ticketId\":\"" + ticket() + "\"," + pos + ",\"description\":\"x\",\"complexity\":\"HUGE\"}", "complexity");
        assertField("{\"ticketId\":\"" + ticket() + "\"," + pos + ",\"description\":\"x\",\"conditionCode\":\"X1\"}", "conditionCode");
        assertField("{\"ticketId\":\"" + ticket() + "\"," + pos + ",\"description\":\"x\",\"callerPhone\":\"call me\"}", "callerPhone");
        assertField("{\"ticketId\":\"" + ticket() + "\"," + pos + ",\"description\":\"x\",\"callerName\":\"" + "名".repeat(51) + "\"}", "callerName");
        assertField("{\"ticketId\":\"" + ticket() + "\"," + pos + ",\"description\":\"x\",\"latitude\":\"north\"}", "latitude");
        var future = clock.instant().plus(Duration.ofHours(1));
        assertField("{\"ticketId\":\"" + ticket() + "\"," + pos + ",\"description\":\"x\",\"reportedAt\":\"" + future + "\"}", "reportedAt");
        var past = clock.instant().minus(Duration.ofMinutes(20));
        var accepted = post(key, "/exchange/v1/cases", "{\"ticketId\":\"" + ticket() + "\"," + pos
                + ",\"description\":\"x\",\"reportedAt\":\"" + past + "\"}");
        assertThat(accepted).as(Api.body(accepted)).hasStatus(201);

        var limit = get(key, "/exchange/v1/updates?limit=0");
        assertThat(limit).hasStatus(400);
        assertThat(Api.<String>read(limit, "$.field")).isEqualTo("limit");
        var cursor = get(key, "/exchange/v1/updates?cursor=not-a-cursor");
        assertThat(cursor).hasStatus(400);
        assertThat(Api.<String>read(cursor, "$.field")).isEqualTo("cursor");
        var reopen = post(key, "/exchange/v1/cases/" + created(ticket()) + "/reopen", "{}");
        assertThat(reopen).hasStatus(400);
        assertThat(Api.<String>read(reopen, "$.field")).isEqualTo("reason");
        assertThat(get(key, "/exchange/v1/cases/20000101-00001")).hasStatus(404);
    }

    void assertField(String json, String field) {
        var result = post(key, "/exchange/v1/cases", json);
        assertThat(result).as(json + " → " + Api.body(result)).hasStatus(400);
        assertThat(Api.<String>read(result, "$.field")).as(Api.body(result)).isEqualTo(field);
    }

    // ---------------------------------------------------------------- transfer back, feed, webhooks

    @Test
    void a_transfer_back_reaches_the_hotline_as_a_signed_webhook_and_in_the_feed() {
        var ticket = ticket();
        var number = created(ticket);
        move("operator", number, "transfer-back", "{\"comment\":\"不属于城管职责,请转住建部门\"}");
        awaitWebhooks(number, 1);

        poller.deliverDue();

        assertThat(hotline.deliveries()).hasSize(1);
        var delivery = hotline.deliveries().get(0);
        assertThat(delivery.verified()).as("the simulated 12345 checks the signature itself").isTrue();
        assertThat(delivery.answered()).isEqualTo(204);
        assertThat(delivery.eventType()).isEqualTo("case.transferred_back");
        assertThat(WebhookSignature.verify(SECRET, delivery.timestamp(), delivery.body(), delivery.signature(),
                clock.instant(), WebhookSignature.DEFAULT_TOLERANCE)).as("and agrees with the platform's check").isTrue();
        var body = delivery.text();
        assertThat(JsonPath.<String>read(body, "$.channel")).isEqualTo(code);
        assertThat(JsonPath.<String>read(body, "$.eventType")).isEqualTo("case.transferred_back");
        assertThat(JsonPath.<Boolean>read(body, "$.transferredBack")).isTrue();
        assertThat(JsonPath.<String>read(body, "$.caseNumber")).isEqualTo(number);
        assertThat(JsonPath.<String>read(body, "$.ticketId")).isEqualTo(ticket);
        assertThat(JsonPath.<String>read(body, "$.move")).isEqualTo("TRANSFER_BACK");
        assertThat(JsonPath.<String>read(body, "$.status")).isEqualTo("NOT_FILED");
        assertThat(JsonPath.<String>read(body, "$.publicStatus")).isEqualTo("NOT_ACCEPTED");
        assertThat(JsonPath.<String>read(body, "$.note")).isEqualTo("不属于城管职责,请转住建部门");
        assertThat(JsonPath.<String>read(body, "$.updateId")).startsWith(number + ":");
        assertNoPersonalData(body);

        var early = get(key, "/exchange/v1/updates");
        assertThat(Api.<List<?>>read(early, "$.updates")).as("not settled yet").isEmpty();
        clock.advance(Duration.ofSeconds(4));
        var feed = get(key, "/exchange/v1/updates");
        assertThat(feed).hasStatusOk();
        assertThat(Api.<List<String>>read(feed, "$.updates[*].move")).containsExactly("REPORT", "TRANSFER_BACK");
        assertThat(Api.<List<String>>read(feed, "$.updates[*].ticketId")).containsOnly(ticket);
        assertThat(Api.<String>read(feed, "$.updates[1].note")).isEqualTo("不属于城管职责,请转住建部门");
        assertThat(Api.<String>read(feed, "$.updates[1].updateId")).isEqualTo(JsonPath.read(body, "$.updateId"));
        assertThat(Api.<String>read(feed, "$.nextCursor")).isEqualTo(Api.read(feed, "$.updates[1].cursor"));
        assertNoPersonalData(Api.body(feed));

        var view = get(key, "/exchange/v1/cases/" + number);
        assertThat(Api.<String>read(view, "$.ticketId")).isEqualTo(ticket);
        assertThat(Api.<String>read(view, "$.publicStatus")).isEqualTo("NOT_ACCEPTED");
        assertThat(Api.<Boolean>read(view, "$.open")).isFalse();
        assertThat(Api.<List<String>>read(view, "$.timeline[*].move")).containsExactly("REPORT", "TRANSFER_BACK");
        assertNoPersonalData(Api.body(view));
    }

    @Test
    void a_redelivered_event_enqueues_no_second_webhook() {
        var number = created(ticket());
        move("operator", number, "transfer-back", "{\"comment\":\"非本市事项\"}");
        awaitWebhooks(number, 1);
        var update = publicCases.byNumber(number).orElseThrow().timeline().get(1);
        long account = jdbc.sql("select reporter_id from cases where case_number = ?").param(number).query(Long.class).single();
        var again = new CaseEvent.CaseTransferredBack(new CaseEvent.Facts(idOf(number), number, CaseMove.TRANSFER_BACK,
                update.at(), 0, Role.OPERATOR, CaseStatus.REPORTED, CaseStatus.NOT_FILED, CaseSource.HOTLINE_12345,
                null, null, GRID, null, null, null, account, update.seq(), 0, 0), "非本市事项");
        new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(again));
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "select count(*) from event_publication where completion_date is null and serialized_event like ?")
                .param("%" + number + "%").query(Long.class).single() == 0);
        assertThat(webhooksOf(number)).isEqualTo(1);
        poller.deliverDue();
        assertThat(hotline.deliveries()).hasSize(1);
    }

    @Test
    void a_receiver_that_fails_first_is_retried_with_back_off_under_one_delivery_id() {
        hotline.failFirst(2);
        var number = created(ticket());
        move("operator", number, "transfer-back", "{\"comment\":\"请转区住建局\"}");
        awaitWebhooks(number, 1);
        var start = clock.instant();

        poller.deliverDue();
        assertThat(hotline.deliveries()).extracting(Simulated12345.Delivery::answered).containsExactly(500);
        clock.advance(Duration.ofSeconds(9));
        poller.deliverDue();
        assertThat(hotline.deliveries()).as("10 s back-off").hasSize(1);
        clock.advance(Duration.ofSeconds(1));
        poller.deliverDue();
        assertThat(hotline.deliveries()).extracting(Simulated12345.Delivery::answered).containsExactly(500, 500);
        clock.advance(Duration.ofSeconds(19));
        poller.deliverDue();
        assertThat(hotline.deliveries()).as("then 20 s").hasSize(2);
        clock.advance(Duration.ofSeconds(1));
        poller.deliverDue();
        assertThat(hotline.deliveries()).extracting(Simulated12345.Delivery::answered).containsExactly(500, 500, 204);
        assertThat(hotline.deliveries()).extracting(Simulated12345.Delivery::deliveryId).containsOnly(
                hotline.deliveries().get(0).deliveryId());
        assertThat(hotline.deliveries()).allMatch(Simulated12345.Delivery::verified);
        assertThat(hotline.processed()).hasSize(1);

        var detail = notifications.detail(Long.parseLong(hotline.deliveries().get(0).deliveryId()));
        assertThat(detail.notification().status()).isEqualTo(NotificationStatus.DELIVERED);
        assertThat(detail.notification().recipient()).isEqualTo(hotline.webhookUrl());
        assertThat(detail.attempts()).extracting(a -> a.at()).containsExactly(start, start.plusSeconds(10),
                start.plusSeconds(30));
        assertThat(detail.attempts()).extracting(a -> a.httpStatus()).containsExactly(500, 500, 204);
    }

    @Test
    void the_feed_pages_by_cursor_oldest_first_and_only_this_channels_cases() {
        var other = channel("h12345-" + UUID.randomUUID().toString().substring(0, 8), "HOTLINE", "HOTLINE_12345", null);
        var otherKey = issueKey(other);
        var a = created(ticket());
        clock.advance(Duration.ofSeconds(1));
        var b = created(ticket());
        clock.advance(Duration.ofSeconds(1));
        var c = created(ticket());
        assertThat(post(otherKey, "/exchange/v1/cases", order(ticket(), "别的热线"))).hasStatus(201);
        clock.advance(Duration.ofSeconds(4));

        var first = get(key, "/exchange/v1/updates?limit=2");
        assertThat(Api.<List<String>>read(first, "$.updates[*].caseNumber")).containsExactly(a, b);
        String cursor = Api.read(first, "$.nextCursor");
        var second = get(key, "/exchange/v1/updates?limit=2&cursor=" + cursor);
        assertThat(Api.<List<String>>read(second, "$.updates[*].caseNumber")).containsExactly(c);
        String end = Api.read(second, "$.nextCursor");
        var empty = get(key, "/exchange/v1/updates?limit=2&cursor=" + end);
        assertThat(Api.<List<?>>read(empty, "$.updates")).isEmpty();
        assertThat(Api.<String>read(empty, "$.nextCursor")).as("the same cursor to poll again").isEqualTo(end);

        move("operator", b, "transfer-back", "{\"comment\":\"转交\"}");
        var unsettled = get(key, "/exchange/v1/updates?cursor=" + end);
        assertThat(Api.<List<?>>read(unsettled, "$.updates")).as("younger than 3 s").isEmpty();
        clock.advance(Duration.ofSeconds(2));
        assertThat(Api.<List<?>>read(get(key, "/exchange/v1/updates?cursor=" + end), "$.updates")).isEmpty();
        clock.advance(Duration.ofSeconds(2));
        var later = get(key, "/exchange/v1/updates?cursor=" + end);
        assertThat(Api.<List<String>>read(later, "$.updates[*].caseNumber")).containsExactly(b);
        assertThat(Api.<List<String>>read(later, "$.updates[*].move")).containsExactly("TRANSFER_BACK");

        var all = get(otherKey, "/exchange/v1/updates");
        assertThat(Api.<List<String>>read(all, "$.updates[*].caseNumber")).doesNotContain(a, b, c).hasSize(1);
    }

    @Test
    void a_closed_case_is_reopened_by_the_hotline_within_the_window_and_its_fix_photos_are_served() {
        var ticket = ticket();
        var number = created(ticket);
        move("operator", number, "send-to-verify", null);
        move("inspector", number, "verify-true", "{\"comment\":\"属实\",\"photoIds\":[\"" + photo("inspector") + "\"]}");
        move("shiftleader", number, "file", null);
        move("dispatcher", number, "dispatch", null);
        var fix = photo("handler");
        move("handler", number, "report-handled", "{\"comment\":\"已清运完毕\",\"photoIds\":[\"" + fix + "\"]}");
        move("operator", number, "send-to-check", null);
        move("inspector", number, "check-pass", "{\"photoIds\":[\"" + photo("inspector") + "\"]}");
        move("shiftleader", number, "close", "{\"comment\":\"已办结\"}");
        // public-facing: sent to verify (核实中), filed (已立案), dispatched (处置中), handled, closed; not the moves
        // that keep the plain-word state (verified true, sent to check, check passed). Listeners run in parallel, so
        // a receiver orders by "at" and "updateId", not by arrival.
        awaitWebhooks(number, 5);
        poller.deliverDue();
        var types = hotline.processed().stream().map(Simulated12345.Delivery::eventType).toList();
        assertThat(types).containsExactlyInAnyOrder("case.updated", "case.updated", "case.updated", "case.handled",
                "case.closed");
        var handled = hotline.processed().stream().filter(d -> d.eventType().equals("case.handled")).findFirst()
                .orElseThrow().text();
        assertThat(JsonPath.<String>read(handled, "$.note")).isEqualTo("已清运完毕");
        assertThat(JsonPath.<List<String>>read(handled, "$.photoUrls")).containsExactly("/exchange/v1/photos/" + fix);

        var served = get(key, "/exchange/v1/photos/" + fix);
        assertThat(served).hasStatusOk();
        assertThat(served.getResponse().getContentType()).isEqualTo("image/png");
        assertThat(served.getResponse().getContentAsByteArray()).isNotEmpty();
        var other = channel("h12345-" + UUID.randomUUID().toString().substring(0, 8), "HOTLINE", "HOTLINE_12345", null);
        assertThat(get(issueKey(other), "/exchange/v1/photos/" + fix)).as("not their case").hasStatus(404);

        var reopened = post(key, "/exchange/v1/cases/" + number + "/reopen", "{\"reason\":\"市民回访:垃圾又堆起来了\"}");
        assertThat(reopened).as(Api.body(reopened)).hasStatusOk();
        assertThat(Api.<String>read(reopened, "$.status")).isEqualTo("HANDLED");
        assertThat(Api.<String>read(reopened, "$.ticketId")).isEqualTo(ticket);
        var again = post(key, "/exchange/v1/cases/" + number + "/reopen", "{\"reason\":\"再次\"}");
        assertThat(again).as("not closed now").hasStatus(409);

        awaitWebhooks(number, 6);
        poller.deliverDue();
        var last = hotline.processed().get(hotline.processed().size() - 1);
        assertThat(last.eventType()).isEqualTo("case.reopened");
        assertThat(JsonPath.<String>read(last.text(), "$.note")).isEqualTo("市民回访:垃圾又堆起来了");

        // closed again, and the caller comes back after the window
        move("operator", number, "send-to-check", null);
        move("inspector", number, "check-pass", "{\"photoIds\":[\"" + photo("inspector") + "\"]}");
        move("shiftleader", number, "close", null);
        clock.advance(Duration.ofDays(8));
        var late = post(key, "/exchange/v1/cases/" + number + "/reopen", "{\"reason\":\"还是没修\"}");
        assertThat(late).hasStatus(409);
        assertThat(Api.<String>read(late, "$.code")).isEqualTo("error.case.reopen-window-over");
    }

    @Autowired org.urbangrid.publicguard.internal.GuardedPaths guarded;

    @Test
    void the_public_guard_limits_the_exchange_as_a_path_group_of_its_own() {
        var door = guarded.of(new org.springframework.mock.web.MockHttpServletRequest("POST", "/exchange/v1/cases"));
        assertThat(door).isNotNull();
        assertThat(door.name()).isEqualTo("exchange");
        assertThat(door.writesPerAddress().getLimit()).isEqualTo(600);
        assertThat(door.readsPerAddress().getLimit()).isEqualTo(1200);
        assertThat(door.writesPerDevice().getLimit()).as("system clients keep no device cookie: off").isZero();
    }

    @Test
    void the_openapi_document_describes_the_exchange() {
        var docs = mvc.get().uri("/v3/api-docs").exchange();
        assertThat(docs).hasStatusOk();
        var text = new String(docs.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        Map<String, Object> paths = JsonPath.read(text, "$.paths");
        assertThat(paths).containsKeys("/exchange/v1/cases", "/exchange/v1/cases/{caseNumber}",
                "/exchange/v1/cases/{caseNumber}/reopen", "/exchange/v1/updates", "/exchange/v1/photos/{photoId}");
        assertThat(JsonPath.<List<String>>read(text, "$.paths['/exchange/v1/cases'].post.tags")).containsExactly("Hotline exchange");
        assertThat(JsonPath.<Object>read(text, "$.components.securitySchemes.hotlineKey")).isNotNull();
        assertThat(JsonPath.<List<Object>>read(text, "$.paths['/exchange/v1/updates'].get.security[*].hotlineKey")).isNotEmpty();
    }
}
