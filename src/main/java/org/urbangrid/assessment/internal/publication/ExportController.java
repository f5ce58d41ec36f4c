package org.urbangrid.assessment.internal.publication;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.Role;
import org.urbangrid.platform.PlatformProperties;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 排名导出与考核通报: the rankings as .xlsx and the notice as a PDF, under {@code /api} (bearer
 * token) and {@code /console} (the browser session). A published period is shown from its current snapshot, to
 * every staff member; an unpublished one live from the rankings, as a preview for those who steer
 * ({@link #PREVIEW}).
 */
@Controller
@Tag(name = "Assessment exports", description = "排名 Excel 与考核通报 PDF")
class ExportController {

    /** Who may see an unpublished period's live rankings in an export or notice. */
    static final Role[] PREVIEW = {Role.LEADER, Role.ADMIN, Role.SHIFT_LEADER, Role.DISPATCHER};
    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Publications publications;
    private final NoticeRenderer renderer;
    private final CurrentStaff current;
    private final MessageSource messages;
    private final Grids grids;
    private final PlatformProperties platform;

    ExportController(Publications publications, NoticeRenderer renderer, CurrentStaff current, MessageSource messages,
            Grids grids, PlatformProperties platform) {
        this.publications = publications;
        this.renderer = renderer;
        this.current = current;
        this.messages = messages;
        this.grids = grids;
        this.platform = platform;
    }

    @GetMapping({"/api/assessment/rankings.xlsx", "/console/assessment/rankings.xlsx"})
    @ResponseBody
    @Operation(summary = "Every ranking and indicator table as .xlsx: the published snapshot (?version=n, else current), or live for an unpublished period")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String period,
            @RequestParam(required = false) Integer version, Locale locale) {
        var shown = shown(period, version);
        return download(RankingsWorkbook.write(shown, new Words(messages, locale)), XLSX,
                "rankings-" + shown.period() + ".xlsx");
    }

    @GetMapping({"/api/assessment/notice.pdf", "/console/assessment/notice.pdf"})
    @ResponseBody
    @Operation(summary = "The notice (通报) as PDF, from the same HTML as the console page")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String period,
            @RequestParam(required = false) Integer version, Locale locale) {
        var shown = shown(period, version);
        return download(renderer.pdf(notice(shown, locale), locale), MediaType.APPLICATION_PDF,
                "notice-" + shown.period() + ".pdf");
    }

    /** A published version (the current one unless {@code version}), or the live preview for those who steer. */
    Publications.Shown shown(String period, Integer version) {
        var parsed = Publications.period(period);
        var shown = publications.shownIfPublished(parsed, version);
        if (shown != null) {
            return shown;
        }
        current.require(PREVIEW);
        return publications.shown(parsed);
    }

    Notice notice(Publications.Shown shown, Locale locale) {
        var district = grids.ofLevel(GridLevel.DISTRICT).stream().map(g -> g.name()).findFirst().orElse("");
        return Notice.of(shown, district, new Words(messages, locale), platform.zone());
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }
}
