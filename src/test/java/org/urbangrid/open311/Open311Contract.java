package org.urbangrid.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.urbangrid.grid.Gazetteer;
import org.urbangrid.grid.Grids;
import org.urbangrid.grid.LatLng;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import com.jayway.jsonpath.JsonPath;

/**
 * Open311 GeoReport v2 as a client sees it: every resource in JSON and XML with the spec's element names, the
 * errors (400 naming the parameter, 403 for keys, 404 for what does not exist), empty parameters as absent ones,
 * the id list overriding every other filter, paging, a posted request read back without any personal detail, and
 * FixMyStreet's servicerequestupdates after a move.
 */
public abstract class Open311Contract extends IntegrationTest {

    static final String GRID = "210231001002005";
    static final String EMAIL = "zhang.wei.o311@example.org";
    static final String PHONE = "13912345678";
    static final String FIRST = "Weiqiang";
    static final String LAST = "Zhangsson";

    @Autowired
    Grids grids;

    @Autowired
    Gazetteer gazetteer;

    @Autowired
    JdbcClient jdbc;

    private String key;
    private long channelId;

    @BeforeEach
    void channelWithKey() {
        var code = "o311-" + UUID.randomUUID().toString().substring(0, 8);
        var created = api.post("admin", "/api/channels", "{\"code\":\"" + code
                + "\",\"name\":\"Open311 测试\",\"kind\":\"OPEN311\",\"source\":\"PUBLIC\",\"trusted\":false}");
        assertThat(created).hasStatus(201);
        channelId = ((Number) Api.read(created, "$.id")).longValue();
        var issued = api.post("admin", "/api/channels/{id}/keys", "{\"label\":\"contract\"}", channelId);
        assertThat(issued).hasStatus(201);
        key = Api.read(issued, "$.key");
    }

    // ---- discovery and services ----

    @Test
    void discovery_in_json_and_xml() {
        var json = get("/open311/v2/discovery.json");
        assertThat(json).hasStatusOk();
        assertThat(json.getResponse().getContentType()).startsWith("application/json");
        assertThat((String) Api.read(json, "$.endpoints[0].specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat((String) Api.read(json, "$.endpoints[0].url")).endsWith("/open311/v2");
        assertThat((List<String>) Api.read(json, "$.endpoints[0].formats")).contains("text/xml", "application/json");
        assertThat((String) Api.read(json, "$.changeset")).isNotBlank();
        assertThat((String) Api.read(json, "$.key_service")).isNotBlank();
        assertThat((String) Api.read(json, "$.contact")).isNotBlank();

        var xml = get("/open311/discovery.xml");
        assertThat(xml).hasStatusOk();
        assertThat(xml.getResponse().getContentType()).startsWith("text/xml");
        assertThat(Api.body(xml)).startsWith("<?xml");
        var doc = xml(xml);
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("discovery");
        assertThat(names(doc.getDocumentElement())).contains("changeset", "contact", "key_service", "endpoints");
        var endpoint = first(first(doc.getDocumentElement(), "endpoints"), "endpoint");
        assertThat(text(endpoint, "specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(children(first(endpoint, "formats"), "format")).extracting(Element::getTextContent)
                .contains("text/xml", "application/json");
    }

    @Test
    void services_list_classes_with_their_group_and_no_extension_is_json() {
        var json = get("/open311/v2/services.json");
        assertThat(json).hasStatusOk();
        List<String> codes = Api.read(json, "$[*].service_code");
        assertThat(codes).contains("E0102").doesNotHaveDuplicates();
        assertThat((List<Object>) Api.read(json, "$[?(@.service_code=='E0102')].metadata")).containsExactly(true);
        assertThat((List<Object>) Api.read(json, "$[?(@.service_code=='E0102')].type")).containsExactly("realtime");
        assertThat((List<Object>) Api.read(json, "$[?(@.service_code=='E0102')].group")).doesNotContainNull();
        assertThat((List<Object>) Api.read(json, "$[?(@.service_code=='E0102')].keywords")).doesNotContainNull();
        assertThat(Api.body(get("/open311/v2/services"))).isEqualTo(Api.body(json));

        var xml = xml(get("/open311/v2/services.xml"));
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("services");
        var services = children(xml.getDocumentElement(), "service");
        assertThat(services).hasSize(codes.size());
        assertThat(names(services.get(0))).contains("service_code", "service_name", "description", "metadata", "type",
                "keywords", "group");
    }

    @Test
    void a_service_definition_carries_the_filing_conditions_as_a_singlevaluelist() {
        var json = get("/open311/v2/services/E0102.json");
        assertThat(json).hasStatusOk();
        assertThat((String) Api.read(json, "$.service_code")).isEqualTo("E0102");
        assertThat((String) Api.read(json, "$.attributes[0].code")).isEqualTo("condition");
        assertThat((String) Api.read(json, "$.attributes[0].datatype")).isEqualTo("singlevaluelist");
        assertThat((Boolean) Api.read(json, "$.attributes[0].required")).isTrue();
        assertThat((Boolean) Api.read(json, "$.attributes[0].variable")).isTrue();
        assertThat((List<String>) Api.read(json, "$.attributes[0].values[*].key")).contains("E0102-01");
        assertThat((List<String>) Api.read(json, "$.attributes[0].values[*].name")).doesNotContainNull();

        var xml = xml(get("/open311/v2/services/E0102.xml"));
        var root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("service_definition");
        assertThat(text(root, "service_code")).isEqualTo("E0102");
        var attribute = first(first(root, "attributes"), "attribute");
        assertThat(text(attribute, "code")).isEqualTo("condition");
        assertThat(children(first(attribute, "values"), "value")).extracting(v -> text(v, "key")).contains("E0102-01");

        var unknown = get("/open311/v2/services/E9999.xml");
        assertThat(unknown).hasStatus(404);
        var errors = xml(unknown).getDocumentElement();
        assertThat(errors.getTagName()).isEqualTo("errors");
        assertThat(text(first(errors, "error"), "code")).isEqualTo("404");
        assertThat(text(first(errors, "error"), "description")).contains("E9999");
        var unknownJson = get("/open311/v2/services/E9999.json");
        assertThat(unknownJson).hasStatus(404);
        assertThat((Integer) Api.read(unknownJson, "$[0].code")).isEqualTo(404);
    }

    // ---- POST requests ----

    @Test
    void posting_needs_a_valid_unrevoked_key() {
        var missing = post("/open311/v2/requests.json", null, "service_code", "E0102", "lat", lat(), "long", lng());
        assertThat(missing).hasStatus(403);
        assertThat((Integer) Api.read(missing, "$[0].code")).isEqualTo(403);
        assertThat((String) Api.read(missing, "$[0].description")).contains("api_key");
        assertThat(post("/open311/v2/requests.json", "", "service_code", "E0102", "lat", lat(), "long", lng())).hasStatus(403);
        var wrong = post("/open311/v2/requests.xml", "ug_not-a-key", "service_code", "E0102", "lat", lat(), "long", lng());
        assertThat(wrong).hasStatus(403);
        assertThat(xml(wrong).getDocumentElement().getTagName()).isEqualTo("errors");

        var keys = api.get("admin", "/api/channels/{id}/keys", channelId);
        long keyId = ((Number) Api.read(keys, "$[0].id")).longValue();
        assertThat(post("/open311/v2/requests.json", key, "service_code", "E0102", "lat", lat(), "long", lng(),
                "attribute[condition]", "E0102-01", "description", "有效密钥")).hasStatusOk();
        assertThat(api.post("admin", "/api/channels/keys/{id}/revoke", null, keyId)).hasStatusOk();
        var revoked = post("/open311/v2/requests.json", key, "service_code", "E0102", "lat", lat(), "long", lng(),
                "attribute[condition]", "E0102-01");
        assertThat(revoked).hasStatus(403);
    }

    @Test
    void a_posted_request_is_read_back_in_json_and_xml_without_any_personal_detail() {
        var created = post("/open311/v2/requests.json", key, "jurisdiction_id", "dalian-gaoxin.urbangrid",
                "service_code", "E0102", "attribute[condition]", "E0102-01", "lat", lat(), "long", lng(),
                "description", "路口有一堆垃圾", "email", EMAIL, "phone", PHONE, "first_name", FIRST, "last_name", LAST,
                "device_id", "device-xyz-123", "account_id", "acct-77", "media_url", "http://127.0.0.1:1/secret.jpg");
        assertThat(created).hasStatusOk();
        String number = Api.read(created, "$[0].service_request_id");
        assertThat(number).matches("\\d{8}-\\d{5,}");
        assertThat((String) Api.read(created, "$[0].service_notice")).contains(number);
        assertThat((String) Api.read(created, "$[0].account_id")).isEqualTo("acct-77");

        var one = get("/open311/v2/requests/" + number + ".json");
        assertThat(one).hasStatusOk();
        assertThat((String) Api.read(one, "$[0].service_request_id")).isEqualTo(number);
        assertThat((String) Api.read(one, "$[0].status")).isEqualTo("open");
        assertThat((String) Api.read(one, "$[0].service_code")).isEqualTo("E0102");
        assertThat((String) Api.read(one, "$[0].service_name")).isNotBlank();
        assertThat((Object) Api.read(one, "$[0].description")).as("not seen by the centre yet").isNull();
        assertThat((String) Api.read(one, "$[0].requested_datetime")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00");
        assertThat((String) Api.read(one, "$[0].updated_datetime")).endsWith("+08:00");
        assertThat((String) Api.read(one, "$[0].status_notes")).isNotBlank();
        assertThat((Double) Api.read(one, "$[0].lat")).isCloseTo(Double.parseDouble(lat()), org.assertj.core.data.Offset.offset(1e-6));
        assertThat((String) Api.read(one, "$[0].address")).isNotBlank();
        assertThat(Api.body(one)).contains("\"long\":");

        var xml = xml(get("/open311/v2/requests/" + number + ".xml"));
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("service_requests");
        var request = first(xml.getDocumentElement(), "request");
        assertThat(text(request, "service_request_id")).isEqualTo(number);
        assertThat(names(request)).contains("status", "status_notes", "service_name", "service_code", "description",
                "agency_responsible", "requested_datetime", "updated_datetime", "expected_datetime", "address", "lat",
                "long", "media_url");

        // the staff still have the contact
        assertThat(jdbc.sql("select reporter_contact from cases where case_number = ?").param(number).query(String.class)
                .single()).contains(PHONE, EMAIL, FIRST, LAST).doesNotContain("device-xyz-123", "acct-77");

        // but no public answer shows it
        clock.advance(Duration.ofSeconds(10));
        var token = get("/open311/v2/tokens/" + number + ".json");
        assertThat(token).hasStatusOk();
        assertThat((String) Api.read(token, "$[0].service_request_id")).isEqualTo(number);
        var bodies = new ArrayList<String>();
        for (var uri : List.of("/open311/v2/requests/" + number + ".json", "/open311/v2/requests/" + number + ".xml",
                "/open311/v2/requests.json?service_request_id=" + number, "/open311/v2/requests.xml?page_size=1000",
                "/open311/v2/requests.json?page_size=1000", "/open311/v2/tokens/" + number + ".xml",
                "/open311/v2/servicerequestupdates.json", "/open311/v2/servicerequestupdates.xml")) {
            var answer = get(uri);
            assertThat(answer).as(uri).hasStatusOk();
            bodies.add(Api.body(answer));
        }
        assertThat(String.join("\n", bodies)).contains(number).doesNotContain(EMAIL, PHONE, FIRST, LAST,
                "device-xyz-123", "acct-77", "secret.jpg");
    }

    @Test
    void an_address_string_is_found_in_the_gazetteer_or_refused() {
        var place = gazetteer.nearest(Double.parseDouble(lat()), Double.parseDouble(lng())).orElseThrow();
        var created = post("/open311/v2/requests.json", key, "service_code", "E0102", "attribute[condition]", "E0102-01",
                "address_string", place.name(), "description", "按地名上报");
        assertThat(created).hasStatusOk();
        var unknown = post("/open311/v2/requests.json", key, "service_code", "E0102", "attribute[condition]", "E0102-01",
                "address_string", "不存在的地方" + UUID.randomUUID());
        assertThat(unknown).hasStatus(400);
        assertThat((String) Api.read(unknown, "$[0].description")).contains("address_string");
    }

    @Test
    void bad_posts_are_400_naming_the_parameter() {
        expect400(post("/open311/v2/requests.json", key, "service_code", "E0102", "attribute[condition]", "E0102-01"), "lat");
        expect400(post("/open311/v2/requests.json", key, "service_code", "E0102", "attribute[condition]", "E0102-01",
                "lat", "abc", "long", lng()), "lat");
        expect400(post("/open311/v2/requests.json", key, "service_code", "E0102", "attribute[condition]", "E0102-01",
                "lat", lat()), "long");
        expect400(post("/open311/v2/requests.json", key, "service_code", "E0102", "attribute[condition]", "E0102-01",
                "lat", "95", "long", lng()), "lat");
        expect400(post("/open311/v2/requests.json", key, "service_code", "X0000", "lat", lat(), "long", lng()), "service_code");
        expect400(post("/open311/v2/requests.json", key, "lat", lat(), "long", lng()), "service_code");
        expect400(post("/open311/v2/requests.json", key, "service_code", "E0102", "attribute[condition]", "C0101-01",
                "lat", lat(), "long", lng()), "attribute[condition]");
        expect400(post("/open311/v2/requests.json", key, "service_code", "E0102", "attribute[condition]", "E0102-01",
                "lat", lat(), "long", lng(), "description", "x".repeat(1001)), "description");
        expect400(post("/open311/v2/requests.json", key, "service_code", "E0102", "attribute[condition]", "E0102-01",
                "lat", "10", "long", "10"), "lat");
        assertThat(post("/open311/v2/requests.json", key, "jurisdiction_id", "elsewhere.gov", "service_code", "E0102",
                "lat", lat(), "long", lng())).hasStatus(404);
    }

    // ---- GET requests ----

    @Test
    void bad_filters_are_400_naming_the_parameter_and_an_unknown_jurisdiction_404() {
        expect400(get("/open311/v2/requests.json?start_date=yesterday"), "start_date");
        expect400(get("/open311/v2/requests.json?end_date=2026-13-40T00:00:00Z"), "end_date");
        expect400(get("/open311/v2/requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z"), "start_date");
        expect400(get("/open311/v2/requests.json?start_date=2026-06-01T00:00:00Z&end_date=2026-01-01T00:00:00Z"), "end_date");
        expect400(get("/open311/v2/requests.json?service_code=E0102,E9999"), "service_code");
        expect400(get("/open311/v2/requests.json?status=pending"), "status");
        expect400(get("/open311/v2/requests.json?page_size=1001"), "page_size");
        expect400(get("/open311/v2/requests.json?page_size=ten"), "page_size");
        expect400(get("/open311/v2/requests.json?page=0"), "page");
        expect400(get("/open311/v2/servicerequestupdates.json?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z"), "start_date");
        var xml = get("/open311/v2/requests.xml?start_date=nope");
        assertThat(xml).hasStatus(400);
        assertThat(xml(xml).getDocumentElement().getTagName()).isEqualTo("errors");
        assertThat(get("/open311/v2/requests.json?jurisdiction_id=sfgov.org")).hasStatus(404);
        assertThat(get("/open311/v2/services.xml?jurisdiction_id=sfgov.org")).hasStatus(404);
        assertThat(get("/open311/v2/requests.json?jurisdiction_id=dalian-gaoxin.urbangrid")).hasStatusOk();
        assertThat(get("/open311/v2/requests/19990101-00001.json")).hasStatus(404);
        assertThat(get("/open311/v2/tokens/19990101-00001.xml")).hasStatus(404);
        assertThat(get("/open311/v2/nothing.json")).hasStatus(404);
        assertThat(get("/open311/v2/services.html")).hasStatus(400);
        var put = mvc.put().uri("/open311/v2/requests.json").exchange();
        assertThat(put).hasStatus(400);
        assertThat((Integer) Api.read(put, "$[0].code")).isEqualTo(400);
    }

    @Test
    void an_empty_parameter_behaves_as_an_absent_one() {
        post("/open311/v2/requests.json", key, "service_code", "E0102", "attribute[condition]", "E0102-01", "lat", lat(),
                "long", lng(), "description", "空参数");
        var absent = get("/open311/v2/requests.json");
        var empty = get("/open311/v2/requests.json?jurisdiction_id=&service_request_id=&service_code=&start_date=&end_date="
                + "&status=&page=&page_size=");
        assertThat(absent).hasStatusOk();
        assertThat(empty).hasStatusOk();
        assertThat(Api.body(empty)).isEqualTo(Api.body(absent));
        assertThat(Api.body(get("/open311/v2/services.xml?jurisdiction_id="))).isEqualTo(Api.body(get("/open311/v2/services.xml")));
        var created = post("/open311/v2/requests.json", key, "service_code", "E0102", "attribute[condition]", "E0102-01",
                "lat", lat(), "long", lng(), "description", "", "email", "", "address_string", "");
        assertThat(created).as("an empty description falls back to the condition's name").hasStatusOk();
    }

    @Test
    void service_request_id_overrides_every_other_filter() {
        var a = create("覆盖一");
        var b = create("覆盖二");
        var found = get("/open311/v2/requests.json?service_request_id=" + a + "," + b
                + "&status=closed&service_code=C0101&start_date=2020-01-01T00:00:00Z&end_date=2020-01-02T00:00:00Z&page=7&page_size=1");
        assertThat(found).hasStatusOk();
        assertThat((List<String>) Api.read(found, "$[*].service_request_id")).containsExactlyInAnyOrder(a, b);
        var narrowed = get("/open311/v2/requests.json?status=closed&service_code=E0102&page_size=1000");
        assertThat((List<String>) Api.read(narrowed, "$[*].service_request_id")).doesNotContain(a, b);
        var open = get("/open311/v2/requests.json?status=open&service_code=E0102&page_size=1000");
        assertThat((List<String>) Api.read(open, "$[*].service_request_id")).contains(a, b);
        assertThat((List<String>) Api.read(open, "$[*].status")).containsOnly("open");
        var both = get("/open311/v2/requests.json?status=open,closed&service_code=E0102&page_size=1000");
        assertThat((List<String>) Api.read(both, "$[*].service_request_id")).contains(a, b);
        var past = get("/open311/v2/requests.json?start_date=2020-01-01T00:00:00Z&end_date=2020-03-01T00:00:00Z");
        assertThat(Api.body(past)).isEqualTo("[]");
        var pastXml = xml(get("/open311/v2/requests.xml?start_date=2020-01-01T00:00:00Z&end_date=2020-03-01T00:00:00Z"));
        assertThat(pastXml.getDocumentElement().getTagName()).isEqualTo("service_requests");
        assertThat(children(pastXml.getDocumentElement(), "request")).isEmpty();
    }

    @Test
    void pages_follow_each_other_newest_first() {
        create("分页一");
        create("分页二");
        create("分页三");
        create("分页四");
        List<String> firstTwo = Api.read(get("/open311/v2/requests.json?page_size=2"), "$[*].service_request_id");
        List<String> second = Api.read(get("/open311/v2/requests.json?page_size=2&page=2"), "$[*].service_request_id");
        List<String> firstFour = Api.read(get("/open311/v2/requests.json?page_size=4&page=1"), "$[*].service_request_id");
        assertThat(firstTwo).hasSize(2);
        assertThat(second).hasSize(2).doesNotContainAnyElementsOf(firstTwo);
        var joined = new ArrayList<>(firstTwo);
        joined.addAll(second);
        assertThat(firstFour).containsExactlyElementsOf(joined);
        List<String> defaults = Api.read(get("/open311/v2/requests.json"), "$[*].service_request_id");
        assertThat(defaults.size()).isLessThanOrEqualTo(50);
    }

    // ---- servicerequestupdates ----

    @Test
    void servicerequestupdates_show_a_merge_as_a_duplicate_and_the_request_as_closed() {
        // a moment of its own (the suite's moves pile up at the default instant), within the rate limiter's minute
        clock.advance(Duration.ofSeconds(40));
        var start = clock.instant().minusSeconds(1);
        var main = create("主案件");
        var duplicate = create("重复上报");
        long mainId = caseId(main);
        long duplicateId = caseId(duplicate);
        var merged = api.post("operator", "/api/cases/{id}/merge", "{\"mainCaseId\":" + mainId + ",\"comment\":\"同一堆垃圾\"}",
                duplicateId);
        assertThat(merged).hasStatusOk();
        clock.advance(Duration.ofSeconds(10));
        var window = "start_date=" + start + "&end_date=" + clock.instant() + "&api_key=" + key;

        var json = get("/open311/v2/servicerequestupdates.json?" + window);
        assertThat(json).hasStatusOk();
        List<String> ids = Api.read(json, "$[?(@.service_request_id=='" + duplicate + "')].status");
        assertThat(ids).containsExactly("open", "duplicate");
        assertThat((List<String>) Api.read(json, "$[?(@.status=='duplicate')].description")).containsExactly(main);
        assertThat((List<String>) Api.read(json, "$[?(@.status=='duplicate')].update_id")).containsExactly(duplicate + "_2");
        assertThat((List<String>) Api.read(json, "$[?(@.status=='duplicate')].external_status_code")).containsExactly("MERGED");
        assertThat((List<String>) Api.read(json, "$[?(@.status=='duplicate')].updated_datetime")).allMatch(t -> t.endsWith("+08:00"));

        var xml = xml(get("/open311/v2/servicerequestupdates.xml?" + window));
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("service_request_updates");
        var updates = children(xml.getDocumentElement(), "request_update");
        assertThat(updates).extracting(u -> text(u, "service_request_id")).contains(main, duplicate);
        assertThat(names(updates.get(0))).contains("update_id", "service_request_id", "status", "updated_datetime",
                "description", "media_url");

        var before = get("/open311/v2/servicerequestupdates.json?start_date=" + start.minusSeconds(3600) + "&end_date="
                + start.minusSeconds(1));
        assertThat((List<String>) Api.read(before, "$[*].service_request_id")).doesNotContain(main, duplicate);

        var request = get("/open311/v2/requests/" + duplicate + ".json");
        assertThat((String) Api.read(request, "$[0].status")).isEqualTo("closed");
        assertThat((String) Api.read(request, "$[0].status_notes")).contains(main);
    }

    @Test
    void jackson_xml_on_the_class_path_does_not_turn_the_staff_api_into_xml() {
        var me = mvc.get().uri("/api/me").header("Authorization", "Bearer " + api.token("operator"))
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").exchange();
        assertThat(me).hasStatusOk();
        assertThat(me.getResponse().getContentType()).startsWith("application/json");
    }

    // ---- helpers ----

    private String create(String description) {
        var created = post("/open311/v2/requests.json", key, "service_code", "E0102", "attribute[condition]", "E0102-01",
                "lat", lat(), "long", lng(), "description", description);
        assertThat(created).hasStatusOk();
        return Api.read(created, "$[0].service_request_id");
    }

    private long caseId(String number) {
        return ((Number) Api.read(api.get("operator", "/api/cases/by-number/{number}", number), "$.id")).longValue();
    }

    private String lat() {
        return String.format(Locale.ROOT, "%.7f", centre().latitude());
    }

    private String lng() {
        return String.format(Locale.ROOT, "%.7f", centre().longitude());
    }

    private LatLng centre() {
        return grids.centroidOf(GRID);
    }

    private MvcTestResult get(String uri) {
        return mvc.get().uri(uri).exchange();
    }

    private MvcTestResult post(String uri, String apiKey, String... fields) {
        var request = mvc.post().uri(uri).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        if (apiKey != null) {
            request = request.param("api_key", apiKey);
        }
        for (int i = 0; i < fields.length; i += 2) {
            request = request.param(fields[i], fields[i + 1]);
        }
        return request.exchange();
    }

    private static void expect400(MvcTestResult result, String parameter) {
        assertThat(result).hasStatus(400);
        assertThat((Integer) JsonPath.read(Api.body(result), "$[0].code")).isEqualTo(400);
        assertThat((String) JsonPath.read(Api.body(result), "$[0].description")).contains(parameter);
    }

    static Document xml(MvcTestResult result) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(Api.body(result).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not XML: " + Api.body(result), e);
        }
    }

    static List<Element> children(Element parent, String name) {
        var list = new ArrayList<Element>();
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (name == null || e.getTagName().equals(name))) {
                list.add(e);
            }
        }
        return list;
    }

    static List<String> names(Element parent) {
        return children(parent, null).stream().map(Element::getTagName).toList();
    }

    static Element first(Element parent, String name) {
        var found = children(parent, name);
        assertThat(found).as(name + " in " + parent.getTagName()).isNotEmpty();
        return found.get(0);
    }

    static String text(Element parent, String name) {
        return first(parent, name).getTextContent();
    }
}
