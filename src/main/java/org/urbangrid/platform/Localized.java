package org.urbangrid.platform;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Data with a Chinese name and, where one exists, an English one (a class, a filing condition, a department, a grid).
 * The one rule for which to show: English pages (and API requests with {@code Accept-Language: en}) get the English
 * name when it is set, everything else the Chinese name. Pages print {@code localName()}; JSON carries
 * {@code name} and {@code nameEn} (and {@code localName} where an answer adds it), the audit log's snapshots only the
 * stored names.
 */
public interface Localized {

    /** The Chinese name, always set. */
    String name();

    /** The English name, or null when none was given. */
    String nameEn();

    /** The name for a language: English when asked for and set, otherwise Chinese. */
    default String name(Locale locale) {
        return pick(name(), nameEn(), locale);
    }

    /** The name in the current request's language ({@link LocaleContextHolder}). */
    default String localName() {
        return name(LocaleContextHolder.getLocale());
    }

    /** The same rule for a pair of names that is not a {@code Localized} record (e.g. a row read by SQL). */
    static String pick(String chinese, String english, Locale locale) {
        return english(locale) && english != null && !english.isBlank() ? english : chinese;
    }

    /** Whether a page in that language shows English data. */
    static boolean english(Locale locale) {
        return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** {@link #pick(String, String, Locale)} in the current request's language. */
    static String pick(String chinese, String english) {
        return pick(chinese, english, LocaleContextHolder.getLocale());
    }
}
