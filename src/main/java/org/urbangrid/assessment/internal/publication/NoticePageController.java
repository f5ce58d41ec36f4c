package org.urbangrid.assessment.internal.publication;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.Role;
import org.urbangrid.platform.PlatformProperties;
import org.urbangrid.platform.UrbanGridException;

/**
 * The console's notice page (考核通报): the same HTML the PDF is made from, with a period chooser, the downloads
 * and, for leaders and administrators, the button that publishes the period (or corrects it, with a reason).
 */
@Controller
class NoticePageController {

    static final String PAGE = "/console/assessment/notice";

    private final ExportController exports;
    private final Publications publications;
    private final NoticeRenderer renderer;
    private final CurrentStaff current;
    private final MessageSource messages;
    private final PlatformProperties platform;
    private final Clock clock;

    NoticePageController(ExportController exports, Publications publications, NoticeRenderer renderer,
            CurrentStaff current, MessageSource messages, PlatformProperties platform, Clock clock) {
        this.exports = exports;
        this.publications = publications;
        this.renderer = renderer;
        this.current = current;
        this.messages = messages;
        this.platform = platform;
        this.clock = clock;
    }

    @GetMapping(value = PAGE, produces = "text/html;charset=UTF-8")
    @ResponseBody
    String page(@RequestParam(required = false) String period, @RequestParam(required = false) Integer version,
            Locale locale, CsrfToken csrf) {
        return html(period == null || period.isBlank() ? lastMonth() : period, version, locale, csrf, null);
    }

    /** Publishes (or corrects) from the page; a refusal shows the page again with the reason in words. */
    @PostMapping(value = "/console/assessment/publications", produces = "text/html;charset=UTF-8")
    ResponseEntity<String> publish(@RequestParam(required = false) String period,
            @RequestParam(required = false) String reason, Locale locale, CsrfToken csrf) {
        var staff = current.require(Role.LEADER, Role.ADMIN);
        try {
            var published = publications.publish(period, reason, staff);
            return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, PAGE + "?period="
                    + URLEncoder.encode(published.period(), StandardCharsets.UTF_8)).build();
        } catch (UrbanGridException refused) {
            var shownPeriod = period == null || period.isBlank() ? lastMonth() : period;
            String html;
            try {
                html = html(shownPeriod, null, locale, csrf, refused.message(messages, locale));
            } catch (UrbanGridException unreadable) {
                throw refused;
            }
            return ResponseEntity.status(refused.status()).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(html);
        }
    }

    private String html(String period, Integer version, Locale locale, CsrfToken csrf, String error) {
        var shown = exports.shown(period, version);
        var query = "?period=" + shown.period() + (version == null ? "" : "&version=" + version);
        var staff = current.get();
        var page = new NoticeRenderer.Page("/console/assessment/rankings.xlsx" + query,
                "/console/assessment/notice.pdf" + query, staff.role() == Role.LEADER || staff.role() == Role.ADMIN,
                csrf, error);
        return renderer.html(exports.notice(shown, locale), locale, page);
    }

    private String lastMonth() {
        return YearMonth.from(LocalDate.ofInstant(clock.instant(), platform.zone())).minusMonths(1).toString();
    }
}
