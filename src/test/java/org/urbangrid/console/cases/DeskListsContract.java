package org.urbangrid.console.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.urbangrid.console.cases.CasePageTest.as;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.Grids;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/**
 * The desk lists (queues, search, overdue) on H2 and PostgreSQL alike: columns, status tabs and their counts,
 * keyset paging per sort, batch moves, partial/keyword/exact search within the viewer's scope, Excel export.
 */
abstract class DeskListsContract extends IntegrationTest {

    private static final Pattern TAB = Pattern.compile(
            "data-tab=\"([A-Z_]+)\"[^>]*>.*?<span class=\"count\">([\\d,+]+)</span>", Pattern.DOTALL);
    private static final Pattern ROW_ID = Pattern.compile("data-case-id=\"(\\d+)\"");

    @Autowired
    Grids grids;

    DeskCases cases;

    @BeforeEach
    void setUp() {
        cases = new DeskCases(api, mvc, grids);
    }

    // ---- columns -------------------------------------------------------------------------------------------

    @Test
    void operator_queue_shows_source_class_street_and_a_labelled_checkbox_but_no_suggestion_column() {
        var c = cases.reported();
        var page = body(mvc.get().uri("/console?number={n}", c.number()).with(as("operator", "OPERATOR")).exchange());
        assertThat(page).contains("来源", "类别", "街道", "监督员上报", "暴露垃圾", "凌水街道",
                "aria-label=\"选择案卷 " + c.number() + "\"", "id=\"batch-form\"", "所选送核实", "导出 Excel")
                .doesNotContain("data-col=\"suggested\"", "建议部门");
    }

    @Test
    void dispatcher_queue_shows_each_case_s_suggested_department() {
        var c = cases.pendingDispatch();
        var page = body(mvc.get().uri("/console?number={n}", c.number()).with(as("dispatcher", "DISPATCHER")).exchange());
        assertThat(page).contains("建议部门", "data-col=\"suggested\"", "市政公用服务中心", "所选按建议部门派遣",
                "aria-label=\"选择案卷 " + c.number() + "\"");
    }

    @Test
    void request_column_appears_in_the_dispatch_queue_with_the_pending_request() {
        var c = cases.dispatched();
        cases.move("handler", c, "request-extension", "{\"comment\":\"需要调车\",\"extension\":{\"amount\":2,\"unit\":\"WORK_HOURS\"}}");
        var page = body(mvc.get().uri("/console?number={n}&status=DISPATCHED", c.number())
                .with(as("dispatcher", "DISPATCHER")).exchange());
        assertThat(page).contains("data-col=\"request\"", "延期申请", "市政公用服务中心");
    }

    // ---- tabs and counts -----------------------------------------------------------------------------------

    @Test
    void each_tab_counts_exactly_the_rows_listed_under_it() {
        cases.pendingDispatch();
        var asked = cases.dispatched();
        cases.move("handler", asked, "request-extension", "{\"comment\":\"需要调车\",\"extension\":{\"amount\":2,\"unit\":\"WORK_HOURS\"}}");
        for (var who : List.of(new String[] {"dispatcher", "DISPATCHER"}, new String[] {"operator", "OPERATOR"},
                new String[] {"shiftleader", "SHIFT_LEADER"})) {
            var tabs = tabs(body(mvc.get().uri("/console").with(as(who[0], who[1])).exchange()));
            assertThat(tabs).as(who[0]).containsKey("ALL").hasSizeGreaterThan(1);
            long sum = 0;
            for (var tab : tabs.entrySet()) {
                if (tab.getKey().equals("ALL")) {
                    continue;
                }
                var listed = walk(who[0], "/api/cases/my-tasks?status=" + tab.getKey(), 200);
                assertThat(listed).as("%s tab %s", who[0], tab.getKey()).hasSize(tab.getValue().intValue());
                sum += tab.getValue();
            }
            assertThat(tabs.get("ALL")).as(who[0] + " all").isEqualTo(sum)
                    .isEqualTo(walk(who[0], "/api/cases/my-tasks", 200).size());
        }
        var dispatcherTabs = tabs(body(mvc.get().uri("/console").with(as("dispatcher", "DISPATCHER")).exchange()));
        assertThat(dispatcherTabs.get("PENDING_DISPATCH")).isPositive();
        assertThat(dispatcherTabs.get("DISPATCHED")).isPositive();
    }

    @Test
    void the_chosen_tab_is_marked_and_narrows_the_rows() {
        var c = cases.pendingDispatch();
        var page = body(mvc.get().uri("/console?status=PENDING_DISPATCH").with(as("dispatcher", "DISPATCHER")).exchange());
        assertThat(page).contains("class=\"tab active\" aria-current=\"page\" data-tab=\"PENDING_DISPATCH\"");
        var rows = body(mvc.get().uri("/console?status=DISPATCHED&number={n}", c.number()).header("HX-Request", "true")
                .with(as("dispatcher", "DISPATCHER")).exchange());
        assertThat(rows).contains("id=\"queue-tabs\"").doesNotContain("data-case-number=\"" + c.number() + "\"");
    }

    // ---- sorting and keyset paging -------------------------------------------------------------------------

    @Test
    void every_sort_pages_through_the_queue_without_duplicates_or_gaps_in_its_order() {
        cases.reported();
        cases.reported();
        hotline(otherStreetGrid(), "排序测试:其他街道来电");
        hotline(otherStreetGrid(), "排序测试:其他街道来电二");
        for (var sort : List.of("DEADLINE", "REPORTED", "STREET")) {
            var all = walk("operator", "/api/cases/my-tasks?sort=" + sort, 200);
            var paged = walk("operator", "/api/cases/my-tasks?sort=" + sort, 2);
            assertThat(paged).as(sort).hasSizeGreaterThanOrEqualTo(4).doesNotHaveDuplicates();
            assertThat(paged).as(sort + " pages of 2 = one page of 200").containsExactlyElementsOf(all);
        }
        List<String> streets = items("operator", "/api/cases/my-tasks?sort=STREET&size=200", "$.items[*].streetCode");
        assertThat(streets).isSortedAccordingTo(java.util.Comparator.naturalOrder()).contains("210231001");
        assertThat(new HashSet<>(streets)).hasSizeGreaterThan(1);
        List<String> reported = items("operator", "/api/cases/my-tasks?sort=REPORTED&size=200", "$.items[*].reportedAt");
        assertThat(reported.stream().map(Instant::parse).toList())
                .isSortedAccordingTo(java.util.Comparator.<Instant>reverseOrder());
    }

    @Test
    void the_queue_page_links_each_sort_and_its_next_page_keeps_the_sort() {
        for (int i = 0; i < 3; i++) {
            cases.reported();
        }
        var page = body(mvc.get().uri("/console?sort=STREET").with(as("operator", "OPERATOR")).exchange());
        assertThat(page).contains("data-sort=\"STREET\"", "class=\"sort active\"", "按上报时间", "按街道", "按时限",
                "name=\"sort\" value=\"STREET\"");
        var seen = new ArrayList<String>();
        String next = "/console?sort=STREET";
        for (int n = 0; n < 100 && next != null; n++) {
            var rows = body(mvc.get().uri(next).header("HX-Request", "true").with(as("operator", "OPERATOR")).exchange());
            ROW_ID.matcher(rows).results().forEach(m -> seen.add(m.group(1)));
            var link = Pattern.compile("id=\"page-next\"").matcher(rows).find()
                    ? Pattern.compile("href=\"([^\"]+)\"[^>]*id=\"page-next\"").matcher(rows) : null;
            next = link != null && link.find() ? link.group(1).replace("&amp;", "&") : null;
            if (next != null) {
                assertThat(next).contains("sort=STREET", "after=");
            }
        }
        assertThat(seen).doesNotHaveDuplicates().hasSameSizeAs(walk("operator", "/api/cases/my-tasks?sort=STREET", 200));
    }

    @Test
    void a_cursor_of_another_sort_is_refused() {
        cases.reported();
        cases.reported();
        cases.reported();
        String next = next(api.get("operator", "/api/cases/my-tasks?sort=DEADLINE&size=1"));
        assertThat(next).isNotNull();
        var refused = api.get("operator", "/api/cases/my-tasks?sort=STREET&size=1&after={a}", next);
        assertThat(refused).hasStatus(400);
    }

    // ---- batch moves ---------------------------------------------------------------------------------------

    @Test
    void send_to_verify_moves_each_selected_case_once_and_reports_the_one_refused() {
        var a = cases.reported();
        var b = cases.reported();
        var accepted = cases.pendingFiling(); // no longer REPORTED: sending it to verify is refused
        var result = mvc.post().uri("/console/batch/send-to-verify").param("ids", "" + a.id(), "" + b.id(), "" + accepted.id())
                .param("back", "/console?status=REPORTED").with(as("operator", "OPERATOR")).with(csrf()).exchange();
        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/console?status=REPORTED");
        var flash = result.getMvcResult().getFlashMap();
        assertThat((String) flash.get("flash")).contains("2 件已完成", a.number(), b.number());
        assertThat((String) flash.get("error")).contains("1 件未完成", accepted.number());
        for (var c : List.of(a, b)) {
            assertThat(cases.status(c)).isEqualTo("VERIFYING");
            List<String> moves = Api.read(api.get("leader", "/api/cases/{id}", c.id()), "$.history[*].move");
            assertThat(moves).filteredOn("SEND_TO_VERIFY"::equals).hasSize(1);
        }
        assertThat(cases.status(accepted)).isEqualTo("PENDING_FILING");
    }

    @Test
    void dispatch_sends_each_selected_case_to_its_own_suggested_department() {
        var a = cases.pendingDispatch();
        var b = cases.pendingDispatch();
        var already = cases.dispatched();
        var result = mvc.post().uri("/console/batch/dispatch").param("ids", "" + a.id(), "" + b.id(), "" + already.id())
                .with(as("dispatcher", "DISPATCHER")).with(csrf()).exchange();
        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/console");
        var flash = result.getMvcResult().getFlashMap();
        assertThat((String) flash.get("flash")).contains("2 件已完成");
        assertThat((String) flash.get("error")).contains(already.number());
        for (var c : List.of(a, b)) {
            var view = api.get("leader", "/api/cases/{id}", c.id());
            assertThat((String) Api.read(view, "$.status")).isEqualTo("DISPATCHED");
            assertThat((Object) Api.read(view, "$.leadDepartmentId")).isEqualTo(Api.read(view, "$.suggestedDepartmentId"));
            List<String> moves = Api.read(view, "$.history[*].move");
            assertThat(moves).filteredOn("DISPATCH"::equals).hasSize(1);
        }
        List<String> moves = Api.read(api.get("leader", "/api/cases/{id}", already.id()), "$.history[*].move");
        assertThat(moves).filteredOn("DISPATCH"::equals).hasSize(1);
    }

    @Test
    void a_batch_is_only_for_the_roles_that_have_one_and_needs_a_selection() {
        var c = cases.reported();
        assertThat(mvc.post().uri("/console/batch/send-to-verify").param("ids", "" + c.id())
                .with(as("shiftleader", "SHIFT_LEADER")).with(csrf()).exchange()).hasStatus(403);
        assertThat(mvc.post().uri("/console/batch/dispatch").param("ids", "" + c.id())
                .with(as("operator", "OPERATOR")).with(csrf()).exchange()).hasStatus(403);
        var none = mvc.post().uri("/console/batch/send-to-verify").with(as("operator", "OPERATOR")).with(csrf()).exchange();
        assertThat((String) none.getMvcResult().getFlashMap().get("error")).contains("请先勾选");
        assertThat(cases.status(c)).isEqualTo("REPORTED");
    }

    // ---- search --------------------------------------------------------------------------------------------

    @Test
    void a_part_of_a_case_number_finds_it() {
        var c = cases.reported();
        var tail = c.number().substring(c.number().length() - 4);
        var prefix = c.number().substring(0, 11);
        for (var part : List.of(tail, prefix)) {
            var rows = body(mvc.get().uri("/console/cases?number={n}", part).header("HX-Request", "true")
                    .with(as("leader", "LEADER")).exchange());
            assertThat(rows).as(part).contains("data-case-number=\"" + c.number() + "\"");
        }
        List<String> api = items("leader", "/api/cases?number=" + tail + "&size=200", "$.items[*].number");
        assertThat(api).contains(c.number()).allMatch(n -> n.contains(tail));
    }

    @Test
    void an_exact_number_jumps_to_the_case_when_the_viewer_may_see_it() {
        var c = cases.reported();
        assertThat(mvc.get().uri("/console/cases?number={n}", c.number()).with(as("leader", "LEADER")).exchange())
                .hasStatus3xxRedirection().hasRedirectedUrl("/console/cases/" + c.id());
        var htmx = mvc.get().uri("/console/cases?number={n}", c.number()).header("HX-Request", "true")
                .with(as("leader", "LEADER")).exchange();
        assertThat(htmx).hasStatusOk().hasHeader("HX-Redirect", "/console/cases/" + c.id());
        // Not the handler's case (not dispatched to them): no jump, an empty list.
        var handler = mvc.get().uri("/console/cases?number={n}", c.number()).with(as("handler", "HANDLER")).exchange();
        assertThat(handler).hasStatusOk().bodyText().contains("id=\"queue-empty\"")
                .doesNotContain("data-case-number=\"" + c.number() + "\"");
        // With another filter beside the number, the list is shown instead.
        assertThat(mvc.get().uri("/console/cases?number={n}&status=REPORTED", c.number()).with(as("leader", "LEADER"))
                .exchange()).hasStatusOk().bodyText().contains("data-case-number=\"" + c.number() + "\"");
    }

    @Test
    void a_keyword_finds_cases_by_description_and_by_address_within_the_viewer_s_scope() {
        var marker = "鹈鹕" + unique();
        long mine = hotline(DeskCases.GRID, "市民来电:" + marker + "旁边有暴露垃圾");
        long elsewhere = hotline(otherStreetGrid(), "市民来电:" + marker + "附近垃圾满溢");
        String mineNumber = number(mine);
        String otherNumber = number(elsewhere);
        var leader = body(mvc.get().uri("/console/cases?q={q}", marker).header("HX-Request", "true")
                .with(as("leader", "LEADER")).exchange());
        assertThat(leader).contains(mineNumber, otherNumber);
        // Two characters are enough.
        var two = body(mvc.get().uri("/console/cases?q={q}&number={n}", "鹈鹕", mineNumber.substring(9))
                .header("HX-Request", "true").with(as("leader", "LEADER")).exchange());
        assertThat(two).contains(mineNumber);
        // The inspector sees the cases of their own area only.
        var inspector = items("inspector", "/api/cases?q=" + marker + "&size=200", "$.items[*].number");
        assertThat(inspector).contains(mineNumber).doesNotContain(otherNumber);
        // The address (from the gazetteer) is searched too.
        String address = Api.read(api.get("leader", "/api/cases/{id}", mine), "$.address");
        assertThat(address).isNotBlank();
        var part = address.substring(0, Math.min(3, address.length()));
        assertThat(items("leader", "/api/cases?q=" + part + "&number=" + mineNumber.substring(9) + "&size=200",
                "$.items[*].number")).contains(mineNumber);
    }

    @Test
    void a_one_character_keyword_is_refused_naming_the_field() {
        var page = mvc.get().uri("/console/cases?q=垃").with(as("leader", "LEADER")).exchange();
        assertThat(page).hasStatus(400).bodyText().contains("q", "2");
        var problem = api.get("leader", "/api/cases?q=x");
        assertThat(problem).hasStatus(400).bodyText().contains("q");
    }

    @Test
    void a_keyword_with_like_wildcards_matches_them_literally() {
        var rows = body(mvc.get().uri("/console/cases?q={q}", "%_").header("HX-Request", "true")
                .with(as("leader", "LEADER")).exchange());
        assertThat(rows).contains("id=\"queue-empty\"");
    }

    // ---- export --------------------------------------------------------------------------------------------

    @Test
    void search_export_holds_exactly_the_rows_of_the_list_with_localized_headers() throws Exception {
        var marker = "鸬鹚" + unique();
        for (int i = 0; i < 3; i++) {
            hotline(DeskCases.GRID, "市民来电:" + marker + "第" + i + "处");
        }
        List<String> listed = items("leader", "/api/cases?q=" + marker + "&size=200", "$.items[*].number");
        var export = mvc.get().uri("/console/cases.xlsx?q={q}", marker).with(as("leader", "LEADER")).exchange();
        assertThat(export).hasStatusOk().hasContentType(DeskExport.XLSX)
                .hasHeader("X-Export-Rows", "3");
        assertThat(export.getResponse().getHeader("Content-Disposition")).contains("attachment", ".xlsx");
        var sheet = sheet(export);
        assertThat(sheet.get(0)).startsWith("案卷号\t状态\t来源\t类别");
        assertThat(sheet.subList(1, sheet.size()).stream().map(r -> r.split("\t")[0]).toList())
                .containsExactlyElementsOf(listed).hasSize(3);
        assertThat(String.join("\n", sheet)).contains("12345 市民热线", marker).doesNotContain("138");
        var english = sheet(mvc.get().uri("/console/cases.xlsx?q={q}&lang=en", marker).with(as("leader", "LEADER"))
                .header("Accept-Language", "en").exchange());
        assertThat(english.get(0)).startsWith("Number\tStatus\tSource\tClass");
    }

    @Test
    void queue_and_overdue_exports_follow_the_list_and_its_filter() throws Exception {
        var c = cases.pendingDispatch();
        var queue = sheet(mvc.get().uri("/console/queue.xlsx?status=PENDING_DISPATCH&sort=STREET")
                .with(as("dispatcher", "DISPATCHER")).exchange());
        var listed = walkNumbers("dispatcher", "/api/cases/my-tasks?status=PENDING_DISPATCH&sort=STREET");
        assertThat(queue.subList(1, queue.size()).stream().map(r -> r.split("\t")[0]).toList())
                .containsExactlyElementsOf(listed).contains(c.number());
        var overdue = mvc.get().uri("/console/overdue.xlsx").with(as("dispatcher", "DISPATCHER")).exchange();
        assertThat(overdue).hasStatusOk().hasContentType(DeskExport.XLSX);
        assertThat(mvc.get().uri("/console/overdue.xlsx").with(as("handler", "HANDLER")).exchange()).hasStatus(403);
    }

    @Test
    void a_handler_or_inspector_cannot_export_cases_outside_their_scope() throws Exception {
        var marker = "鸳鸯" + unique();
        // Dispatched to 市政园林局 (handler-szyl), not to the demo handler's 环卫.
        var theirs = inspectorReport("井盖旁" + marker + "暴露垃圾");
        cases.move("operator", theirs, "accept", null);
        cases.move("shiftleader", theirs, "file", null);
        var szyl = ((Number) Api.read(api.get("handler-szyl", "/api/me"), "$.departmentId")).longValue();
        cases.move("dispatcher", theirs, "dispatch", "{\"departmentId\":" + szyl + "}");
        long far = hotline(otherStreetGrid(), "市民来电:" + marker + "路灯不亮");
        var leader = String.join("\n", sheet(export("leader", "LEADER", marker)));
        assertThat(leader).contains(theirs.number(), number(far));
        assertThat(String.join("\n", sheet(export("handler-szyl", "HANDLER", marker)))).contains(theirs.number())
                .doesNotContain(number(far));
        assertThat(sheet(export("handler", "HANDLER", marker))).as("the header row only").hasSize(1);
        assertThat(String.join("\n", sheet(export("inspector", "INSPECTOR", marker)))).contains(theirs.number())
                .doesNotContain(number(far));
    }

    private MvcTestResult export(String user, String role, String keyword) {
        return mvc.get().uri("/console/cases.xlsx?q={q}", keyword).with(as(user, role)).exchange();
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    static String body(MvcTestResult result) {
        assertThat(result.getResponse().getStatus()).as(Api.body(result)).isLessThan(400);
        return Api.body(result);
    }

    static Map<String, Long> tabs(String page) {
        var tabs = new LinkedHashMap<String, Long>();
        TAB.matcher(page).results().forEach(m -> tabs.put(m.group(1), Long.parseLong(m.group(2).replace(",", ""))));
        return tabs;
    }

    /** Every id of a list, following its cursor page after page. */
    List<Long> walk(String user, String uri, int size) {
        var ids = new ArrayList<Long>();
        String after = null;
        for (int n = 0; n < 2000; n++) {
            var sep = uri.contains("?") ? "&" : "?";
            var result = after == null ? api.get(user, uri + sep + "size=" + size)
                    : api.get(user, uri + sep + "size=" + size + "&after={a}", after);
            assertThat(result).as(Api.body(result)).hasStatusOk();
            List<Number> page = Api.read(result, "$.items[*].id");
            page.forEach(id -> ids.add(id.longValue()));
            after = next(result);
            if (after == null) {
                return ids;
            }
        }
        throw new AssertionError("no end to " + uri);
    }

    /** The list's next cursor, or null on the last page (the field is left out then). */
    static String next(MvcTestResult result) {
        try {
            return Api.read(result, "$.next");
        } catch (com.jayway.jsonpath.PathNotFoundException last) {
            return null;
        }
    }

    List<String> walkNumbers(String user, String uri) {
        var numbers = new ArrayList<String>();
        String after = null;
        do {
            var result = after == null ? api.get(user, uri + "&size=200") : api.get(user, uri + "&size=200&after={a}", after);
            List<String> page = Api.read(result, "$.items[*].number");
            numbers.addAll(page);
            after = next(result);
        } while (after != null);
        return numbers;
    }

    <T> List<T> items(String user, String uri, String path) {
        var result = api.get(user, uri);
        assertThat(result).as(Api.body(result)).hasStatusOk();
        return Api.read(result, path);
    }

    /** A unit grid in another street than the demo inspector's. */
    String otherStreetGrid() {
        return grids.ofLevel(GridLevel.UNIT).stream().map(g -> g.code()).filter(code -> !code.startsWith("210231001"))
                .findFirst().orElseThrow();
    }

    /** A 12345 call taken by the operator at the centre of a unit grid. */
    long hotline(String grid, String description) {
        var point = grids.centroidOf(grid);
        var result = api.post("operator", "/api/cases", String.format(Locale.ROOT,
                "{\"source\":\"HOTLINE_12345\",\"latitude\":%.7f,\"longitude\":%.7f,\"description\":\"%s\","
                        + "\"reporterContact\":\"13800001111\"}", point.latitude(), point.longitude(), description));
        assertThat(result).as(Api.body(result)).hasStatus(201);
        return ((Number) Api.read(result, "$.id")).longValue();
    }

    /** An inspector's own report (暴露垃圾, in the demo inspector's area) with this description. */
    DeskCases.Reported inspectorReport(String description) {
        var result = api.post("inspector", "/api/cases", "{\"source\":\"INSPECTOR\"," + cases.position()
                + ",\"conditionCode\":\"E0102-01\",\"description\":\"" + description + "\",\"photoIds\":[\""
                + cases.photo("inspector") + "\"]}");
        assertThat(result).as(Api.body(result)).hasStatus(201);
        return new DeskCases.Reported(((Number) Api.read(result, "$.id")).longValue(), Api.read(result, "$.number"));
    }

    String number(long id) {
        return Api.read(api.get("leader", "/api/cases/{id}", id), "$.number");
    }

    private static int counter;

    /** Three characters no other test uses in this JVM (the keyword tests must not find each other's cases). */
    static String unique() {
        var letters = "甲乙丙丁戊己庚辛壬癸";
        int n = ++counter + (int) (System.nanoTime() % 97);
        return "" + letters.charAt(n % 10) + letters.charAt((n / 10) % 10) + letters.charAt((n / 100) % 10);
    }

    /** The first sheet as lines of tab-separated cells. */
    static List<String> sheet(MvcTestResult result) throws Exception {
        assertThat(result).hasStatusOk();
        var lines = new ArrayList<String>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            for (var row : workbook.getSheetAt(0)) {
                var cells = new ArrayList<String>();
                row.forEach(cell -> cells.add(cell.getStringCellValue()));
                lines.add(String.join("\t", cells));
            }
        }
        return lines;
    }
}
