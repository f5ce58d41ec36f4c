package org.urbangrid.console.cases;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbangrid.cases.CaseManagement;
import org.urbangrid.cases.CaseSource;
import org.urbangrid.cases.Complexity;
import org.urbangrid.cases.HotlineLimits;
import org.urbangrid.cases.NewReport;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.Role;
import org.urbangrid.platform.UrbanGridException;

/** 热线录入: the operator enters a call, a camera or a newspaper report as a new case. */
@Controller
class DeskIntakeController {

    static final List<CaseSource> OPERATOR_SOURCES = List.of(CaseSource.HOTLINE_12345, CaseSource.HOTLINE_12319,
            CaseSource.PUBLIC, CaseSource.VIDEO, CaseSource.MEDIA);

    private final CaseManagement management;
    private final CurrentStaff current;
    private final DeskTexts texts;
    private final HotlineLimits hotline;

    DeskIntakeController(CaseManagement management, CurrentStaff current, DeskTexts texts, HotlineLimits hotline) {
        this.management = management;
        this.current = current;
        this.texts = texts;
        this.hotline = hotline;
    }

    @GetMapping("/console/intake/new")
    String form(Model model) {
        return show(model, new IntakeForm(CaseSource.HOTLINE_12345, null, null, null, null, null, null,
                Complexity.SIMPLE, null, null, null));
    }

    @PostMapping("/console/intake")
    String submit(@ModelAttribute IntakeForm form, Model model, RedirectAttributes redirect) {
        current.require(Role.OPERATOR, Role.LEADER);
        var missing = form.missing();
        if (missing != null) {
            model.addAttribute("error", texts.get(missing));
            return show(model, form);
        }
        // The caller's details belong to a hotline call; for other sources the form's hidden fields are ignored.
        boolean hotline = HotlineLimits.hotline(form.source());
        try {
            var reported = management.report(new NewReport(form.source(), form.latitude(), form.longitude(),
                    form.condition(), form.description().trim(), List.of(), null, form.contact(),
                    hotline ? form.complexity() : null, hotline ? form.ticketNumber() : null,
                    hotline ? form.callerName() : null, hotline ? form.callerPhone() : null), Optional.empty());
            redirect.addFlashAttribute("flash", texts.get("cases.intake.done", reported.kase().number()));
            return "redirect:/console/cases/" + reported.kase().id();
        } catch (UrbanGridException e) {
            model.addAttribute("error", texts.refusal(e));
            return show(model, form);
        }
    }

    private String show(Model model, IntakeForm form) {
        current.require(Role.OPERATOR, Role.LEADER);
        model.addAttribute("form", form);
        model.addAttribute("sources", current.get().is(Role.LEADER) ? List.of(CaseSource.LEADER) : OPERATOR_SOURCES);
        // 繁简 for hotline calls, each with the limit promised to the caller.
        model.addAttribute("complexities", List.of(Complexity.values()));
        model.addAttribute("complexityLimits", java.util.Arrays.stream(Complexity.values()).collect(
                java.util.stream.Collectors.toMap(Enum::name, c -> texts.limit(hotline.of(c)))));
        return "cases/intake";
    }

    /** The intake form; position from the map or from a gazetteer place. */
    record IntakeForm(CaseSource source, String description, String contact, String conditionCode, Double latitude,
            Double longitude, String address, Complexity complexity, String ticketNumber, String callerName,
            String callerPhone) {

        /** The message key of the first thing missing, or null when the form is complete. */
        String missing() {
            if (source == null) {
                return "cases.intake.needSource";
            }
            if (description == null || description.isBlank()) {
                return "cases.intake.needDescription";
            }
            if (description.length() > 1000) {
                return "cases.intake.descriptionTooLong";
            }
            if (latitude == null || longitude == null) {
                return "cases.intake.needPosition";
            }
            return contact != null && contact.length() > 100 ? "cases.intake.contactTooLong" : null;
        }

        public String condition() {
            return conditionCode == null || conditionCode.isBlank() ? null : conditionCode.trim();
        }
    }
}
