package org.urbangrid.open311.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;

/**
 * Reads the spec's parameters: an empty parameter is the same as an absent one ("Optional Arguments"), a parameter
 * sent several times or comma delimited is a list, and every bad value is a 400 naming the parameter.
 */
final class Open311Params {

    private final HttpServletRequest request;
    private final Messages messages;

    /** The sentences refusals are written in (the request's language). */
    interface Messages {
        String get(String key, Object... args);
    }

    Open311Params(HttpServletRequest request, Messages messages) {
        this.request = request;
        this.messages = messages;
    }

    /** The value, stripped; null when absent or empty. */
    String text(String name) {
        var values = request.getParameterValues(name);
        if (values == null) {
            return null;
        }
        for (var value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    /** Every comma-delimited value of every occurrence, in order, without blanks or repeats. */
    List<String> list(String name) {
        var values = request.getParameterValues(name);
        if (values == null) {
            return List.of();
        }
        var all = new LinkedHashSet<String>();
        for (var value : values) {
            if (value != null) {
                Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).forEach(all::add);
            }
        }
        return new ArrayList<>(all);
    }

    Integer integer(String name, int min, int max) {
        var text = text(name);
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                throw invalid("open311.error.out-of-range", name, min, max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw invalid("open311.error.not-a-number", name);
        }
    }

    Double decimal(String name, double min, double max) {
        var text = text(name);
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value) || value < min || value > max) {
                throw invalid("open311.error.out-of-range", name, (int) min, (int) max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw invalid("open311.error.not-a-number", name);
        }
    }

    /**
     * A W3C date-time ({@code 2026-11-25T09:00:00+08:00}, {@code …Z}, seconds optional); a bare date is the start of
     * that day in the city ({@code endOfDay}: the end of it); a time without an offset is the city's.
     */
    Instant time(String name, ZoneId zone, boolean endOfDay) {
        var text = text(name);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeException withOffset) {
            try {
                return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atZone(zone).toInstant();
            } catch (DateTimeException local) {
                try {
                    var day = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
                    return endOfDay ? day.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1000)
                            : day.atStartOfDay(zone).toInstant();
                } catch (DateTimeException date) {
                    throw invalid("open311.error.bad-date", name);
                }
            }
        }
    }

    Open311Refusal invalid(String key, Object... args) {
        return new Open311Refusal(HttpStatus.BAD_REQUEST, messages.get(key, args));
    }
}
