package org.urbangrid.cases.web;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.urbangrid.cases.CaseManagement;
import org.urbangrid.cases.CaseMove;
import org.urbangrid.cases.CasePage;
import org.urbangrid.cases.CaseQueries;
import org.urbangrid.cases.CaseSource;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.cases.CaseView;
import org.urbangrid.cases.HistoryEntry;
import org.urbangrid.cases.MoveCommand;
import org.urbangrid.cases.NewReport;
import org.urbangrid.platform.UrbanGridException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases", description = "案卷: report, move through the workflow, queues and search")
class CaseController {

    private static final String AFTER = "the next cursor of the previous page (keyset paging; page then only numbers "
            + "the page). Totals count up to 1,000; past that totalCapped is true";

    private final CaseManagement management;
    private final CaseQueries queries;

    CaseController(CaseManagement management, CaseQueries queries) {
        this.management = management;
        this.queries = queries;
    }

    private static final String PREFER = "Prefer: return=minimal (RFC 7240) answers with the case's id, number, status"
            + " and place only (a hotline exchange posting in bulk needs no more); otherwise the whole case";

    /**
     * 回执: what a report's answer carries under {@code Prefer: return=minimal}; the whole case is at
     * {@code Location}.
     */
    record Receipt(long id, String number, CaseStatus status, CaseSource source, Instant reportedAt,
            String unitGridCode, String address) {

        static Receipt of(CaseView kase) {
            return new Receipt(kase.id(), kase.number(), kase.status(), kase.source(), kase.reportedAt(),
                    kase.unitGridCode(), kase.address());
        }
    }

    @PostMapping
    @Operation(summary = "Report a problem (上报). Send an Idempotency-Key header so a retry never creates a second case.")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201",
            description = "Created: the whole case, or its receipt under Prefer: return=minimal",
            content = @io.swagger.v3.oas.annotations.media.Content(schema = @io.swagger.v3.oas.annotations.media.Schema(
                    oneOf = {CaseView.class, Receipt.class})))
    ResponseEntity<Object> report(@Valid @RequestBody NewReport report,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @Parameter(description = PREFER) @RequestHeader(name = "Prefer", required = false) String prefer) {
        return created(management.report(report, Optional.ofNullable(key)), prefer);
    }

    @PostMapping("/on-the-spot")
    @Operation(summary = "Report a problem the inspector fixed on the spot (自行处置); the case is closed at once")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201",
            description = "Created: the whole case, or its receipt under Prefer: return=minimal",
            content = @io.swagger.v3.oas.annotations.media.Content(schema = @io.swagger.v3.oas.annotations.media.Schema(
                    oneOf = {CaseView.class, Receipt.class})))
    ResponseEntity<Object> onTheSpot(@Valid @RequestBody NewReport report,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @Parameter(description = PREFER) @RequestHeader(name = "Prefer", required = false) String prefer) {
        return created(management.handleOnSpot(report, Optional.ofNullable(key)), prefer);
    }

    private static ResponseEntity<Object> created(CaseManagement.Reported reported, String prefer) {
        var kase = reported.kase();
        var answer = ResponseEntity.status(reported.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/api/cases/" + kase.id()))
                .header("Idempotent-Replayed", Boolean.toString(reported.replayed()));
        if (prefer != null && prefer.toLowerCase(Locale.ROOT).contains("return=minimal")) {
            return answer.header("Preference-Applied", "return=minimal").body(Receipt.of(kase));
        }
        return answer.body(kase);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A case with its clock, the moves you may make now and its whole history")
    CaseView view(@PathVariable long id) {
        return queries.view(id);
    }

    @GetMapping("/by-number/{number}")
    CaseView byNumber(@PathVariable String number) {
        return queries.viewByNumber(number);
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable long id) {
        return queries.view(id).history();
    }

    @PostMapping("/{id}/{action}")
    @Operation(summary = "Make a move (受理、核实、立案、派遣、处置、核查、结案 …); the fields each move requires are in the "
            + "table below, generated from the move table")
    CaseView move(@PathVariable long id, @PathVariable String action,
            @Valid @RequestBody(required = false) MoveCommand command) {
        return management.move(id, parse(action), command);
    }

    @GetMapping("/my-tasks")
    @Operation(summary = "我的任务: your queue, soonest deadline first (or newest report first, or by street)")
    CasePage myTasks(@Parameter(description = AFTER) @RequestParam(required = false) String after,
            @RequestParam(required = false) CaseQueries.Sort sort, @RequestParam(required = false) CaseStatus status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        var filter = status == null ? null
                : new CaseQueries.Filter(List.of(status), null, null, null, null, null, null, null, null);
        return queries.myTasks(filter, sort, after, page, size);
    }

    @GetMapping("/overdue")
    @Operation(summary = "超期案件: open cases past their stage deadline")
    CasePage overdue(@Parameter(description = AFTER) @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return queries.overdue(after, page, size);
    }

    @GetMapping
    @Operation(summary = "Search cases, newest first")
    CasePage search(@RequestParam(required = false) List<CaseStatus> status,
            @RequestParam(required = false) String classCode, @RequestParam(required = false) String street,
            @RequestParam(required = false) String community, @RequestParam(required = false) Long department,
            @RequestParam(required = false) CaseSource source,
            @Parameter(description = "reported at or after (ISO instant)") @RequestParam(required = false) Instant from,
            @Parameter(description = "reported before (ISO instant)") @RequestParam(required = false) Instant to,
            @Parameter(description = "a whole case number, or a part of one") @RequestParam(required = false) String number,
            @Parameter(description = "unit grid code (15 digits)") @RequestParam(required = false) String grid,
            @Parameter(description = "a keyword in the description or address (2 to 50 characters)")
            @RequestParam(required = false) String q,
            @Parameter(description = AFTER) @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return queries.search(new CaseQueries.Filter(status, classCode, street, community, department, source, from, to,
                number, grid, q), after, page, size);
    }

    static CaseMove parse(String action) {
        var name = action.toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(CaseMove.values())
                .filter(move -> move.name().equals(name) && move != CaseMove.REPORT && move != CaseMove.HANDLE_ON_SPOT)
                .findFirst()
                .orElseThrow(() -> UrbanGridException.notFound("error.case.unknown-action", action));
    }
}
