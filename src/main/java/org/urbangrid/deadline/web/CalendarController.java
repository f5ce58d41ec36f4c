package org.urbangrid.deadline.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.urbangrid.deadline.CalendarImport;
import org.urbangrid.deadline.DayKind;
import org.urbangrid.deadline.HolidayNotices;
import org.urbangrid.deadline.LimitBounds;
import org.urbangrid.deadline.LimitUnit;
import org.urbangrid.deadline.SpecialDay;
import org.urbangrid.deadline.WorkCalendars;
import org.urbangrid.deadline.WorkingPeriod;
import org.urbangrid.platform.UrbanGridException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/calendar")
@Tag(name = "Work calendar", description = "工作日历: holidays, swapped working days, working hours, deadline calculator")
class CalendarController {

    private final WorkCalendars calendars;
    private final HolidayNotices notices;
    private final Clock clock;

    CalendarController(WorkCalendars calendars, HolidayNotices notices, Clock clock) {
        this.calendars = calendars;
        this.notices = notices;
        this.clock = clock;
    }

    record CalendarView(int year, List<SpecialDay> specialDays, List<WorkingPeriod> workingPeriods) {}

    record DayRequest(@NotNull DayKind kind, @NotBlank @Size(max = 50) String name) {}

    record PeriodRequest(@NotNull LocalTime start, @NotNull LocalTime end) {}

    record WorkingHoursRequest(@NotEmpty @Size(max = 6) List<@Valid @NotNull PeriodRequest> periods) {}

    record Calculation(Instant from, int amount, LimitUnit unit, Instant due, LocalDateTime dueLocal,
            boolean fromInWorkingTime) {}

    @GetMapping
    @Operation(summary = "Special days of a year and the working hours")
    CalendarView calendar(@RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
        int shown = year != null ? year : LocalDate.now(clock.withZone(calendars.current().zone())).getYear();
        return new CalendarView(shown, calendars.specialDays(shown), calendars.current().periods());
    }

    @PutMapping("/days/{date}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Mark a date as a public holiday (HOLIDAY) or a swapped working day (WORKDAY)")
    SpecialDay saveDay(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @Valid @RequestBody DayRequest day) {
        return calendars.saveDay(new SpecialDay(date, day.kind(), day.name().strip()));
    }

    @DeleteMapping("/days/{date}")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Return a date to the usual week")
    void deleteDay(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        calendars.deleteDay(date);
    }

    @PutMapping("/working-hours")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Replace the working periods of a working day (ordered, not overlapping)")
    List<WorkingPeriod> workingHours(@Valid @RequestBody WorkingHoursRequest request) {
        var periods = request.periods().stream().map(CalendarController::period).toList();
        return calendars.replaceWorkingHours(periods);
    }

    @PostMapping(path = "/import", consumes = {"text/csv", "text/calendar", MediaType.TEXT_PLAIN_VALUE})
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Import a year's holiday notice (CSV date,kind[,name] or iCalendar VEVENTs), all or nothing",
            description = "Replaces the special days of every year in the file. A bad file is a 400 whose errors list "
                    + "each bad line (line, code, message); nothing is stored then.")
    CalendarImport importDays(@RequestBody String file) {
        return notices.importDays(limited(file));
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Import a holiday notice uploaded as the multipart part \"file\"")
    CalendarImport importUpload(@RequestParam("file") MultipartFile file) throws java.io.IOException {
        if (file.getSize() > MAX_IMPORT_CHARS * 4L) {
            throw UrbanGridException.invalid("error.calendar.import-too-large");
        }
        return notices.importDays(limited(new String(file.getBytes(), java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** A holiday notice is a few dozen lines; far more is not one. */
    static final int MAX_IMPORT_CHARS = 200_000;

    private static String limited(String file) {
        if (file != null && file.length() > MAX_IMPORT_CHARS) {
            throw UrbanGridException.invalid("error.calendar.import-too-large");
        }
        return file;
    }

    @GetMapping("/add")
    @Operation(summary = "Deadline calculator: when is a limit counted from a moment used up",
            description = "from: ISO date-time with offset, or local city time such as 2026-04-03T16:30, years 2000–2100; "
                    + "default now. amount: within the bounds of its unit (60 WORK_DAYS, 720 WORK_HOURS, 365 days)")
    Calculation add(@RequestParam(required = false) String from, @RequestParam int amount,
            @RequestParam LimitUnit unit) {
        var limit = LimitBounds.require("amount", amount, unit);
        var calendar = calendars.current();
        var start = from == null || from.isBlank() ? clock.instant() : parse(from, calendar.zone());
        var due = calendar.add(start, limit);
        return new Calculation(start, amount, unit, due, LocalDateTime.ofInstant(due, calendar.zone()),
                calendar.isWorkingTime(start));
    }

    private static WorkingPeriod period(PeriodRequest request) {
        if (!request.start().isBefore(request.end())) {
            throw UrbanGridException.invalid("error.calendar.period-order", request.start(), request.end());
        }
        return new WorkingPeriod(request.start(), request.end());
    }

    private static Instant parse(String text, java.time.ZoneId zone) {
        Instant instant;
        try {
            instant = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                instant = LocalDateTime.parse(text).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                throw UrbanGridException.invalid("error.calendar.bad-instant", text).with("field", "from");
            }
        }
        int year;
        try {
            year = LocalDateTime.ofInstant(instant, zone).getYear();
        } catch (java.time.DateTimeException beyondAnyDate) { // e.g. +999999999-12-31T20:00:00-10:00, past any date once in the city zone
            throw UrbanGridException.invalid("error.calendar.year-out-of-range", text).with("field", "from");
        }
        if (year < 2000 || year > 2100) {
            throw UrbanGridException.invalid("error.calendar.year-out-of-range", text).with("field", "from");
        }
        return instant;
    }
}
