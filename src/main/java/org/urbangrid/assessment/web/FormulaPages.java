package org.urbangrid.assessment.web;

import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbangrid.assessment.Indicator;
import org.urbangrid.assessment.SubjectKind;
import org.urbangrid.assessment.internal.FormulaBody;
import org.urbangrid.assessment.internal.Formulas;
import org.urbangrid.assessment.internal.Periods;
import org.urbangrid.platform.UrbanGridException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * 考核办法 page (administrators): every version with its date and reason, and a form, filled from the version in
 * force today, that adds a new version from a chosen date. A refused form is shown again with the message and the
 * field marked.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class FormulaPages {

    private final Formulas formulas;
    private final Periods periods;
    private final MessageSource messages;

    FormulaPages(Formulas formulas, Periods periods, MessageSource messages) {
        this.formulas = formulas;
        this.periods = periods;
        this.messages = messages;
    }

    @GetMapping("/admin/assessment/formulas")
    String page(Model model) {
        var fields = new java.util.HashMap<>(FormulaForm.fields(formulas.inForce(periods.today()).body()));
        fields.put("validFrom", periods.today().plusMonths(1).withDayOfMonth(1).toString());
        return show(model, fields, null, null);
    }

    @PostMapping("/admin/assessment/formulas")
    String create(@RequestParam Map<String, String> fields, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        var form = new FormulaForm();
        try {
            var created = formulas.create(form.read(fields));
            redirect.addFlashAttribute("flash", text("assessment.formulas.created", created.version(), created.validFrom()));
            return "redirect:/admin/assessment/formulas";
        } catch (UrbanGridException refused) {
            response.setStatus(refused.status().value());
            var field = refused.properties().get("field");
            return show(model, fields, refused.message(messages, LocaleContextHolder.getLocale()),
                    form.formField(field == null ? null : field.toString()));
        }
    }

    private String show(Model model, Map<String, String> fields, String error, String errorField) {
        model.addAttribute("versions", formulas.all());
        model.addAttribute("kinds", SubjectKind.values());
        model.addAttribute("grades", List.of("A", "B", "C", "D"));
        model.addAttribute("values", fields);
        model.addAttribute("error", error);
        model.addAttribute("errorField", errorField);
        model.addAttribute("forms", new Forms());
        return "assessment/formulas";
    }

    /** What the template asks per kind: its indicators and each one's scorings. */
    static final class Forms {
        public List<Indicator> indicators(SubjectKind kind) {
            return Indicator.of(kind);
        }

        public List<String> scorings(SubjectKind kind, Indicator indicator) {
            return FormulaForm.scorings(kind, indicator).stream().map(Enum::name).toList();
        }

        /** The external inputs the kind may weigh (PATROL only for the subjects by place). */
        public List<String> inputs(SubjectKind kind) {
            return FormulaBody.inputsOf(kind);
        }

        public boolean banded(SubjectKind kind, Indicator indicator) {
            return !indicator.rate();
        }

        public boolean regional(SubjectKind kind, Indicator indicator) {
            return !indicator.rate() && kind.isRegion();
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
