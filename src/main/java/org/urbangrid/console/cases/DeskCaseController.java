package org.urbangrid.console.cases;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbangrid.attachments.PhotoStore;
import org.urbangrid.cases.CaseManagement;
import org.urbangrid.cases.CaseMove;
import org.urbangrid.cases.CaseQueries;
import org.urbangrid.cases.CaseView;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.platform.PlatformProperties;
import org.urbangrid.platform.UrbanGridException;

/** 案卷页: the case in full, and a form for each move this person may make now. */
@Controller
class DeskCaseController {

    private final CaseQueries queries;
    private final CaseManagement management;
    private final DeskCasePageModel pageModel;
    private final PhotoStore photos;
    private final CurrentStaff current;
    private final DeskTexts texts;
    private final DeskLookups lookups;
    private final PlatformProperties platform;

    DeskCaseController(CaseQueries queries, CaseManagement management, DeskCasePageModel pageModel, PhotoStore photos,
            CurrentStaff current, DeskTexts texts, DeskLookups lookups, PlatformProperties platform) {
        this.queries = queries;
        this.management = management;
        this.pageModel = pageModel;
        this.photos = photos;
        this.current = current;
        this.texts = texts;
        this.lookups = lookups;
        this.platform = platform;
    }

    @GetMapping("/console/cases/{id:\\d+}")
    String page(@PathVariable long id, Model model) {
        pageModel.addTo(model, queries.view(id));
        return "cases/case";
    }

    @GetMapping("/console/cases/number/{number}")
    String byNumber(@PathVariable String number) {
        return "redirect:/console/cases/" + queries.viewByNumber(number).id();
    }

    @PostMapping("/console/cases/{id:\\d+}/moves/{move}")
    String move(@PathVariable long id, @PathVariable CaseMove move, @ModelAttribute MoveForm form,
            RedirectAttributes redirect) throws IOException {
        boolean openNext = form.openNext() && DeskCasePageModel.OPENS_NEXT.contains(current.get().role());
        // Where the case stood in my queue before the move takes it out: the next case is the one after it.
        var before = openNext ? queries.view(id).clock() : null;
        String message;
        try {
            message = done(move, management.move(id, move, form.toCommand(store(form), platform.zone(), mainCase(form))));
        } catch (UrbanGridException e) {
            redirect.addFlashAttribute("error", texts.refusal(e));
            return "redirect:/console/cases/" + id;
        }
        if (openNext) {
            var next = queries.nextTask(before == null ? null : before.due(), id);
            redirect.addFlashAttribute("flash", next.isEmpty() ? message + " " + texts.get("cases.next.none")
                    : message + " " + texts.get("cases.next.opened"));
            return next.isEmpty() ? "redirect:/console" : "redirect:/console/cases/" + next.get();
        }
        redirect.addFlashAttribute("flash", message);
        return "redirect:/console/cases/" + id;
    }

    /**
     * The main case of a merge: the one named by its number when the person typed one (as they may see it), else the
     * proposed one they picked.
     */
    private Long mainCase(MoveForm form) {
        if (form.mainCaseNumber() == null || form.mainCaseNumber().isBlank()) {
            return form.mainCaseId();
        }
        var number = form.mainCaseNumber().strip();
        return queries.visibleId(number).orElseThrow(() ->
                UrbanGridException.invalid("error.case.merge-main-not-found", number).with("field", "mainCaseId"));
    }

    private List<String> store(MoveForm form) throws IOException {
        var ids = new ArrayList<String>();
        for (var file : form.uploads()) {
            ids.add(photos.store(file.getBytes(), current.get().id()).id());
        }
        return ids;
    }

    /** What happened, in words: "已派遣至 市政公用服务中心". */
    private String done(CaseMove move, CaseView after) {
        return texts.get("cases.done." + move.name(), after.number(), lookups.departmentName(after.leadDepartmentId()),
                texts.get("cases.status." + after.status().name()));
    }
}
