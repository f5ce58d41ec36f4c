package org.urbangrid.assessment.internal.publication;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.urbangrid.assessment.Indicator;
import org.urbangrid.assessment.Ranking;
import org.urbangrid.assessment.SubjectKind;

/** The words exports and the notice use, from the {@code assessment_notice} bundle (indicator names: {@code console_assessment}). */
record Words(MessageSource messages, Locale locale) {

    String get(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    String kind(SubjectKind kind) {
        return get("notice.kind." + kind.name());
    }

    /** The indicator's name ({@code indicator.CODE}, as the rankings page names it); its code if none. */
    String indicator(Indicator indicator) {
        return messages.getMessage("indicator." + indicator.name(), null, indicator.name(), locale);
    }

    /** 名次变化: ↑2 / ↓1 / 持平 against the previous period; 新 when unranked there; blank when unranked now. */
    String change(Ranking.Row row) {
        if (row.rank() == null) {
            return get("notice.change.unranked");
        }
        if (row.previousRank() == null) {
            return get("notice.change.new");
        }
        int up = row.previousRank() - row.rank();
        return up > 0 ? get("notice.change.up", up) : up < 0 ? get("notice.change.down", -up) : get("notice.change.same");
    }
}
