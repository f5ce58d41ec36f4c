package org.urbangrid.console.mobile;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.urbangrid.console.web.AnswersPanel;
import org.urbangrid.duty.Where;
import org.urbangrid.grid.GridLocator;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.platform.UrbanGridException;

/**
 * 谁来负责 at the spot an inspector has just located on the report page: the panel as an htmx fragment (the phone's
 * compact layout). Only for a spot in the inspector's own area (where a report is accepted); elsewhere it says so and
 * names nobody. Not kept for offline use (no owner header): who answers is read live.
 */
@Controller
@RequestMapping("/m")
class MobileAnswers {

    private final GridLocator locator;
    private final Organization organization;
    private final CurrentStaff current;
    private final AnswersPanel answers;

    MobileAnswers(GridLocator locator, Organization organization, CurrentStaff current, AnswersPanel answers) {
        this.locator = locator;
        this.organization = organization;
        this.current = current;
        this.answers = answers;
    }

    @GetMapping("/answers")
    String at(@RequestParam double lat, @RequestParam double lng, Model model) {
        var me = current.require(Role.INSPECTOR);
        if (!Double.isFinite(lat) || !Double.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) {
            throw UrbanGridException.invalid("mobile.error.position");
        }
        org.urbangrid.grid.Location location;
        try {
            location = locator.locate(lat, lng);
        } catch (UrbanGridException outside) {
            model.addAttribute("answersNote", "answers.outside");
            return "mobile/answers :: note";
        }
        if (!organization.covers(me.id(), location.unitGridCode())) {
            model.addAttribute("answersNote", "answers.not-area");
            return "mobile/answers :: note";
        }
        model.addAttribute("answers", answers.at(new Where(lat, lng, location.unitGridCode(), location.communityCode(),
                location.streetCode()), me));
        return "mobile/answers :: panel";
    }
}
