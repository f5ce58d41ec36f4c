package org.urbangrid.frontage.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.context.i18n.LocaleContextHolder;
import org.urbangrid.frontage.StepKind;
import org.urbangrid.frontage.UnitKind;
import org.urbangrid.frontage.Rating;
import org.urbangrid.frontage.Standard;

/** Words of the frontage pages in the reader's language: the enums' own zh/en names, times in the city's zone. */
@org.springframework.stereotype.Component("frontageWords")
public class FrontageWords {

    private final DateTimeFormatter time;

    FrontageWords(org.urbangrid.platform.PlatformProperties platform) {
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(platform.zone());
    }


    String time(Instant at) {
        return at == null ? "" : time.format(at);
    }

    static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    public String kind(UnitKind kind) {
        return english() ? kind.en() : kind.zh();
    }

    public String step(StepKind kind) {
        return english() ? kind.en() : kind.zh();
    }

    public String standard(Standard standard) {
        return english() ? standard.en() : standard.zh();
    }

    public String grade(Rating.Grade grade) {
        return english() ? grade.en() : grade.zh();
    }

    public String at(Instant at) {
        return time(at);
    }
}
