package org.urbangrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.urbangrid.cases.CaseFlows.id;
import static org.urbangrid.cases.CaseFlows.ok;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.urbangrid.support.Api;

/**
 * 个人信息不公开, over every public door at once: a hotline caller's name and phone, a reporter's contact, the
 * Open311 reporter's name, e-mail and phone, and the names of the staff who moved the case appear in no public page,
 * feed, map or Open311 answer (JSON and XML), in either language — while the case itself is there to be read.
 */
abstract class PublicPrivacyContract extends CaseIntegrationTest {

    static final String CALLER = "隐私王五六";
    static final String CALLER_PHONE = "13987654321";
    static final String CONTACT = "wangwuliu@example.org";
    static final String OPEN311_NAME = "Privacy-Zhaoliu";
    static final String OPEN311_EMAIL = "zhaoliu.private@example.net";
    static final String OPEN311_PHONE = "13711112222";
    /** The demo staff who move the case: inspector, operator, shift leader, dispatcher, handler. */
    static final List<String> STAFF = List.of("张建国", "王丽", "赵刚", "钱敏", "孙强");

    /** A hotline case with its caller, taken all the way to closed (so every list, feed and map shows it). */
    private long closedHotlineCase() {
        var result = api.post("operator", "/api/cases", "{\"source\":\"HOTLINE_12345\"," + flows().position(CaseFlows.INSPECTOR_GRID)
                + ",\"conditionCode\":\"E0102-01\",\"description\":\"小区门口垃圾成堆\",\"reporterContact\":\"" + CONTACT
                + "\",\"ticketNumber\":\"PRIV-0001\",\"callerName\":\"" + CALLER + "\",\"callerPhone\":\"" + CALLER_PHONE + "\"}");
        assertThat(result).as(Api.body(result)).hasStatus(201);
        long id = id(result);
        ok(flows().move("operator", id, "send-to-verify", null));
        ok(flows().move("inspector", id, "verify-true", "{\"photoIds\":[\"" + flows().photo("inspector") + "\"]}"));
        ok(flows().move("shiftleader", id, "file", null));
        ok(flows().move("dispatcher", id, "dispatch", null));
        ok(flows().move("handler", id, "report-handled", "{\"comment\":\"已清运\",\"photoIds\":[\"" + flows().photo("handler") + "\"]}"));
        ok(flows().move("operator", id, "send-to-check", null));
        ok(flows().move("inspector", id, "check-pass", "{\"photoIds\":[\"" + flows().photo("inspector") + "\"]}"));
        ok(flows().move("shiftleader", id, "close", null));
        return id;
    }

    /** An Open311 client's request with the reporter's name, e-mail and phone. */
    private String open311Request() {
        var channel = api.post("admin", "/api/channels", """
                {"code":"privacy-%d","name":"隐私测试客户端","kind":"OPEN311","source":"PUBLIC","trusted":true}"""
                .formatted(System.nanoTime() % 1_000_000));
        assertThat(channel).as(Api.body(channel)).hasStatus(201);
        var key = Api.<String>read(api.post("admin", "/api/channels/{id}/keys", null,
                ((Number) Api.read(channel, "$.id")).longValue()), "$.key");
        var point = grids.centroidOf(CaseFlows.INSPECTOR_GRID);
        var posted = mvc.post().uri("/open311/v2/requests.json").contentType("application/x-www-form-urlencoded")
                .param("api_key", key).param("service_code", "E0102").param("attribute[condition]", "E0102-01")
                .param("lat", String.valueOf(point.latitude())).param("long", String.valueOf(point.longitude()))
                .param("description", "路边有垃圾").param("first_name", OPEN311_NAME).param("last_name", OPEN311_NAME)
                .param("email", OPEN311_EMAIL).param("phone", OPEN311_PHONE).exchange();
        assertThat(posted).as(Api.body(posted)).hasStatusOk();
        return Api.<String>read(posted, "$[0].service_request_id");
    }

    @Test
    void no_public_door_shows_a_persons_name_phone_or_contact() {
        long id = closedHotlineCase();
        var number = Api.<String>read(api.get("leader", "/api/cases/{id}", id), "$.number");
        var street = Api.<String>read(api.get("leader", "/api/cases/{id}", id), "$.streetCode");
        var community = Api.<String>read(api.get("leader", "/api/cases/{id}", id), "$.communityCode");
        var open311 = open311Request();

        var urls = new ArrayList<>(List.of("/public", "/public/report", "/public/track", "/public/follow",
                "/public/board", "/public/board/closed", "/public/board/overdue", "/public/board/map/cases",
                "/public/board/cases/" + number, "/public/board/cases/" + open311,
                "/public/feeds/street/" + street + ".atom", "/public/feeds/community/" + community + ".atom",
                "/public/suggestions", "/open311/v2/servicerequestupdates.json", "/open311/v2/servicerequestupdates.xml"));
        for (var format : List.of("json", "xml")) {
            urls.add("/open311/v2/requests." + format);
            urls.add("/open311/v2/requests/" + number + "." + format);
            urls.add("/open311/v2/requests/" + open311 + "." + format);
            urls.add("/open311/v2/requests." + format + "?service_request_id=" + number + "," + open311);
        }
        var shown = new StringBuilder();
        for (var url : urls) {
            for (var language : List.of("zh-CN", "en")) {
                MvcTestResult page = mvc.get().uri(url).header("Accept-Language", language).exchange();
                assertThat(page.getResponse().getStatus()).as(url).isEqualTo(200);
                var body = Api.body(page);
                assertThat(body).as(url + " " + language).doesNotContain(CALLER, CALLER_PHONE, CONTACT, OPEN311_NAME,
                        OPEN311_EMAIL, OPEN311_PHONE, "PRIV-0001");
                assertThat(body).as(url + " " + language).doesNotContain(STAFF);
                shown.append(body);
            }
        }
        // Not vacuous: the cases are there to be read, only the people are not.
        assertThat(shown.toString()).contains(number, open311, "小区门口垃圾成堆");
        // Staff still see the caller, for the roles that call back.
        assertThat(Api.body(api.get("operator", "/api/cases/{id}", id))).contains(CALLER, CALLER_PHONE);
    }
}
