package org.urbangrid.catalog.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.urbangrid.platform.UrbanGridException;

/** Turns the reasons of a refused import into one 400 problem with a readable {@code errors} list. */
@Component
class ImportProblems {

    /** Enough for a person to fix a file; the count says how many there were in all. */
    static final int MAX_LISTED = 500;

    private final MessageSource messages;

    ImportProblems(MessageSource messages) {
        this.messages = messages;
    }

    UrbanGridException rejected(List<ImportError> errors) {
        var listed = errors.stream().limit(MAX_LISTED).map(this::entry).toList();
        return UrbanGridException.invalid("error.component.import-rejected", errors.size())
                .with("errorCount", errors.size()).with("errors", listed);
    }

    private Map<String, Object> entry(ImportError error) {
        var entry = new LinkedHashMap<String, Object>();
        entry.put(error.locator() == ImportError.Locator.ROW ? "row" : "feature", error.position());
        if (error.componentCode() != null) {
            entry.put("componentCode", error.componentCode());
        }
        entry.put("code", error.key());
        var locale = LocaleContextHolder.getLocale();
        entry.put("message", messages.getMessage(error.key(),
                UrbanGridException.displayed(error.args().toArray(), messages, locale), error.key(), locale));
        return entry;
    }
}
