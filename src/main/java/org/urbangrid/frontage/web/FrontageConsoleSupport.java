package org.urbangrid.frontage.web;

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
import org.urbangrid.platform.MapBaseLayerProperties;
import org.urbangrid.platform.UrbanGridException;

/**
 * What the console layout and maps need on the frontage pages (who is signed in, the base map and district box), and
 * a refusal shown as a page with its status and message.
 */
@ControllerAdvice(assignableTypes = FrontageConsole.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class FrontageConsoleSupport {

    private final CurrentStaff current;
    private final MessageSource messages;
    private final MapBaseLayerProperties baseLayer;
    private final Grids grids;

    FrontageConsoleSupport(CurrentStaff current, MessageSource messages, MapBaseLayerProperties baseLayer,
            Grids grids) {
        this.current = current;
        this.messages = messages;
        this.baseLayer = baseLayer;
        this.grids = grids;
    }

    @ModelAttribute("me")
    StaffPrincipal me() {
        return current.signedIn().orElse(null);
    }

    @ModelAttribute("mapBaseLayer")
    MapBaseLayerProperties mapBaseLayer() {
        return baseLayer;
    }

    @ModelAttribute("mapDistrictBox")
    String districtBox() {
        return grids.districtBox();
    }

    @ExceptionHandler(UrbanGridException.class)
    String refused(UrbanGridException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status().value());
        model.addAttribute("me", me());
        model.addAttribute("status", e.status().value());
        model.addAttribute("message", e.message(messages, LocaleContextHolder.getLocale()));
        return "frontage/error";
    }
}
