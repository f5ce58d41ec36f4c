package org.urbangrid.console.admin;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbangrid.deadline.DayKind;
import org.urbangrid.deadline.HolidayNotices;
import org.urbangrid.deadline.LimitUnit;
import org.urbangrid.deadline.Stage;
import org.urbangrid.deadline.StageLimits;
import org.urbangrid.deadline.TimeLimit;
import org.urbangrid.deadline.WorkCalendars;
import org.urbangrid.platform.PlatformProperties;
import org.urbangrid.platform.UrbanGridException;

/**
 * 工作日历: special days of a year, the import of a holiday notice, working hours, the stages' default limits and a
 * deadline calculator; from 1 November it warns while next year has no special days.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminCalendarController {

    private final WorkCalendars calendars;
    private final HolidayNotices notices;
    private final StageLimits limits;
    private final Clock clock;
    private final PlatformProperties platform;
    private final Refusals refusals;

    AdminCalendarController(WorkCalendars calendars, HolidayNotices notices, StageLimits limits, Clock clock,
            PlatformProperties platform, Refusals refusals) {
        this.calendars = calendars;
        this.notices = notices;
        this.limits = limits;
        this.clock = clock;
        this.platform = platform;
        this.refusals = refusals;
    }

    @GetMapping("/admin/calendar")
    String page(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null || year < 2000 || year > 2100 ? LocalDate.now(clock.withZone(platform.zone())).getYear() : year;
        var calendar = calendars.current();
        model.addAttribute("year", shown);
        model.addAttribute("days", calendars.specialDays(shown));
        model.addAttribute("dayKinds", DayKind.values());
        model.addAttribute("periods", calendar.periods());
        model.addAttribute("dayLength", calendar.dayLength().toMinutes());
        model.addAttribute("limits", new EnumMap<>(limits.all()));
        model.addAttribute("units", LimitUnit.values());
        model.addAttribute("nextYearMissing", notices.nextYearMissing().orElse(null));
        if (!model.containsAttribute("from")) {
            model.addAttribute("from", LocalDateTime.now(clock.withZone(platform.zone())).truncatedTo(ChronoUnit.MINUTES));
        }
        return "admin/calendar";
    }

    @PostMapping("/admin/calendar/days")
    String addDay(@RequestParam(required = false) String date, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String name, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            var day = calendars.saveDay(CalendarForms.day(date, kind, name));
            redirect.addFlashAttribute("flash", refusals.message("admin.calendar.day-saved", day.date()));
            return "redirect:/admin/calendar?year=" + day.date().getYear();
        } catch (UrbanGridException e) {
            return refused(e, model, response);
        }
    }

    @PostMapping("/admin/calendar/days/{date}/delete")
    String removeDay(@PathVariable String date, RedirectAttributes redirect) {
        var day = CalendarForms.date(date);
        calendars.deleteDay(day);
        redirect.addFlashAttribute("flash", refusals.message("admin.calendar.day-removed", day));
        return "redirect:/admin/calendar?year=" + day.getYear();
    }

    /** 导入节假日安排: a CSV or iCalendar file, all or nothing; a bad file lists its bad lines. */
    @PostMapping("/admin/calendar/import")
    String importDays(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect, HttpServletResponse response) throws java.io.IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw Refusals.invalid("admin.error.import-file");
            }
            if (file.getSize() > 800_000) {
                throw UrbanGridException.invalid("error.calendar.import-too-large");
            }
            var imported = notices.importDays(new String(file.getBytes(), StandardCharsets.UTF_8));
            var years = imported.years().stream().map(String::valueOf).collect(Collectors.joining("、"));
            redirect.addFlashAttribute("flash", refusals.message("admin.calendar.imported", imported.stored(), years));
            return "redirect:/admin/calendar?year=" + imported.years().get(0);
        } catch (UrbanGridException e) {
            model.addAttribute("importErrors", refusals.errors(e));
            return refused(e, model, response);
        }
    }

    @PostMapping("/admin/calendar/periods")
    String periods(@RequestParam(name = "start", required = false) List<String> starts,
            @RequestParam(name = "end", required = false) List<String> ends, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            calendars.replaceWorkingHours(CalendarForms.periods(starts, ends));
            redirect.addFlashAttribute("flash", refusals.message("admin.calendar.periods-saved"));
            return "redirect:/admin/calendar";
        } catch (UrbanGridException e) {
            return refused(e, model, response);
        }
    }

    @PostMapping("/admin/calendar/limits")
    String stageLimits(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            var changes = new EnumMap<Stage, TimeLimit>(Stage.class);
            for (var stage : limits.all().keySet()) {
                changes.put(stage, ConditionForm.limit(form.get("amount_" + stage), form.get("unit_" + stage)));
            }
            limits.change(changes);
            redirect.addFlashAttribute("flash", refusals.message("admin.calendar.limits-saved"));
            return "redirect:/admin/calendar";
        } catch (UrbanGridException e) {
            return refused(e, model, response);
        }
    }

    /** 截止时间试算: from a local date-time, the limit's due time on the current calendar. */
    @GetMapping("/admin/calendar/calculate")
    String calculate(@RequestParam(required = false) String from, @RequestParam(required = false) String amount,
            @RequestParam(required = false) String unit,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("calculated", true);
        try {
            var start = CalendarForms.dateTime(from);
            var limit = ConditionForm.limit(amount, unit);
            var due = calendars.current().add(start.atZone(platform.zone()).toInstant(), limit);
            model.addAttribute("from", start);
            model.addAttribute("limit", limit);
            model.addAttribute("due", LocalDateTime.ofInstant(due, platform.zone()));
        } catch (UrbanGridException e) {
            model.addAttribute("calcError", refusals.message(e));
        }
        return htmx != null ? "admin/calendar :: calcResult" : page(null, model);
    }

    private String refused(UrbanGridException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status().value());
        model.addAttribute("error", refusals.message(e));
        return page(null, model);
    }
}
