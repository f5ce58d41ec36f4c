package org.urbangrid.console.mobile;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.urbangrid.cases.CaseMove;
import org.urbangrid.cases.MoveRules;
import org.urbangrid.cases.CaseQueries;
import org.urbangrid.cases.CaseView;
import org.urbangrid.console.web.AnswersPanel;
import org.urbangrid.console.web.TimeLeftWords;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.Role;
import org.urbangrid.platform.PlatformProperties;

/** The inspector's phone pages (移动端): my tasks, one task, the new-report page and my reports. */
@Controller
@RequestMapping("/m")
class MobilePages {

    /** The moves an inspector makes on the phone; anything else belongs to the desk pages. */
    static final Set<CaseMove> PHONE_MOVES = EnumSet.of(CaseMove.VERIFY_TRUE, CaseMove.VERIFY_FALSE,
            CaseMove.CHECK_PASS, CaseMove.CHECK_FAIL);

    /** More tasks than one inspector carries in a day; the list is not paged on the phone. */
    private static final int MAX_TASKS = 50;

    /** Rows of 我的上报 per page; older ones follow a cursor. */
    static final int MY_REPORTS_PAGE = 20;

    private final CaseQueries queries;
    private final CurrentStaff current;
    private final MobileCatalog catalog;
    private final TimeLeftWords words;
    private final ZoneId zone;
    private final AnswersPanel answers;

    MobilePages(CaseQueries queries, CurrentStaff current, MobileCatalog catalog, TimeLeftWords words,
            PlatformProperties platform, AnswersPanel answers) {
        this.answers = answers;
        this.queries = queries;
        this.current = current;
        this.catalog = catalog;
        this.words = words;
        this.zone = platform.zone();
    }

    /**
     * Names the inspector a page is for: the service worker keeps a copy for offline use only of pages so named, in
     * that inspector's own cache (and drops it when another one logs in on the phone).
     */
    @ModelAttribute
    void offlineOwner(HttpServletResponse response, Model model) {
        response.setHeader(OFFLINE_OWNER, Long.toString(current.get().id()));
        model.addAttribute("phoneApp", true);
    }

    static final String OFFLINE_OWNER = "X-UrbanGrid-User";

    @GetMapping
    String tasks(Model model) {
        current.require(Role.INSPECTOR);
        var names = catalog.classNames();
        // A summary carries no position, and the distance needs one: read each task (an inspector has few).
        var cards = queries.myTasks(0, MAX_TASKS).items().stream()
                .map(summary -> queries.view(summary.id()))
                .map(kase -> TaskCard.of(kase, MobileCatalog.nameOf(kase.classCode(), names)))
                .sorted(Comparator.comparingLong(TaskCard::minutesLeft))
                .toList();
        model.addAttribute("tasks", cards);
        return "mobile/tasks";
    }

    @GetMapping("/cases/{id}")
    String task(@PathVariable long id, Model model) {
        var me = current.require(Role.INSPECTOR);
        var kase = queries.view(id);
        var moves = kase.yourMoves().stream().filter(PHONE_MOVES::contains).toList();
        model.addAttribute("kase", kase);
        model.addAttribute("card", TaskCard.of(kase, MobileCatalog.nameOf(kase.classCode(), catalog.classNames())));
        model.addAttribute("moves", moves);
        // Which fields each form requires comes from the move table.
        model.addAttribute("photoRequired", MoveRules.requiring(MoveRules.Input.PHOTOS));
        model.addAttribute("reasonRequired", MoveRules.requiring(MoveRules.Input.REASON));
        model.addAttribute("photos", photosOf(kase));
        model.addAttribute("answers", answers.forCase(kase, me));
        return "mobile/case";
    }

    @GetMapping("/report")
    String report(Model model) {
        current.require(Role.INSPECTOR);
        model.addAttribute("maxPhotos", MobileReports.MAX_PHOTOS);
        return "mobile/report";
    }

    /** 我的上报: the inspector's own reports, newest first; the ones still on the phone are added there by mobile.js. */
    @GetMapping("/mine")
    String mine(@RequestParam(required = false) String after,
            @RequestParam(defaultValue = "" + MY_REPORTS_PAGE) int size, Model model, Locale locale) {
        current.require(Role.INSPECTOR);
        var page = queries.myReports(after, size);
        var names = catalog.classNames();
        model.addAttribute("reports", page.items().stream()
                .map(c -> MyReport.of(c, names, words, zone, locale)).toList());
        model.addAttribute("next", page.next());
        model.addAttribute("size", size);
        model.addAttribute("firstPage", after == null || after.isBlank());
        return "mobile/mine";
    }

    /** Every photo of the case with the move that brought it, oldest first. */
    static List<CasePhoto> photosOf(CaseView kase) {
        var photos = new ArrayList<CasePhoto>();
        kase.history().forEach(entry -> entry.photoIds().forEach(id -> photos.add(new CasePhoto(id, entry.move()))));
        return photos;
    }

    public record CasePhoto(String id, CaseMove move) {}
}
