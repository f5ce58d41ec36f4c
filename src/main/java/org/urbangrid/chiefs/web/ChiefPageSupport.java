package org.urbangrid.chiefs.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.platform.UrbanGridException;

/** What the layout and the maps need on the chiefs' pages, and a refusal shown as a page with its status. */
@ControllerAdvice(assignableTypes = {ChiefPhonePages.class, SegmentAdminPages.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ChiefPageSupport {

    private final CurrentStaff current;
    private final Grids grids;
    private final MessageSource messages;

    ChiefPageSupport(CurrentStaff current, Grids grids, MessageSource messages) {
        this.current = current;
        this.grids = grids;
        this.messages = messages;
    }

    @ModelAttribute("me")
    StaffPrincipal me() {
        return current.signedIn().orElse(null);
    }

    @ModelAttribute("mapDistrictBox")
    String districtBox() {
        return grids.districtBox();
    }

    @ExceptionHandler(UrbanGridException.class)
    String refused(UrbanGridException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(e.status().value());
        model.addAttribute("me", me());
        model.addAttribute("mapDistrictBox", districtBox());
        model.addAttribute("message", text(e));
        return "chiefs/error";
    }

    String text(UrbanGridException e) {
        var locale = LocaleContextHolder.getLocale();
        return messages.getMessage(e.messageKey(), UrbanGridException.displayed(e.args(), messages, locale),
                e.messageKey(), locale);
    }
}
