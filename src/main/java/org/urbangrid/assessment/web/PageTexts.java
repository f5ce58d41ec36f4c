package org.urbangrid.assessment.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.urbangrid.assessment.Figure;

/** Words and numbers for the assessment pages in the request's language. */
@Component
class PageTexts {

    private final MessageSource messages;

    PageTexts(MessageSource messages) {
        this.messages = messages;
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** A rate as a percentage with one decimal (90.0%), a count as it is, a rate with nothing due as —. */
    static String value(Figure figure) {
        if (figure == null) {
            return "—";
        }
        var value = figure.value();
        if (value == null) {
            return "—";
        }
        return figure.indicator().rate() ? String.format(Locale.ROOT, "%.1f%%", value * 100)
                : Long.toString(figure.numerator());
    }

    /** Numerator over denominator (45 / 50), or the count. */
    String fraction(Figure figure) {
        if (figure == null) {
            return get("assessment.figure.none");
        }
        return figure.indicator().rate() ? figure.numerator() + " / " + figure.denominator()
                : Long.toString(figure.numerator());
    }

    static String score(double score) {
        return String.format(Locale.ROOT, "%.2f", score);
    }
}
