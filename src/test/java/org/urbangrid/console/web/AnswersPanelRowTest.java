package org.urbangrid.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.urbangrid.duty.Answerable;
import org.urbangrid.duty.Duty;

/** One answerable as the panel shows it: the letter's mark on a day, the phone only when allowed, own links only. */
class AnswersPanelRowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static Answerable ending(LocalDate signed, LocalDate ends, String phone, String link) {
        return new Answerable("keeper:1", Duty.GRID_KEEPER, "UNIT_GRID", "210231001002005", "网格 5", "李明", null, null,
                null, phone, signed, ends, link);
    }

    @Test
    void a_letter_is_valid_expiring_within_thirty_days_and_expired_the_day_after_its_last_day() {
        var signed = LocalDate.of(2026, 1, 1);
        assertThat(AnswersPanel.row(ending(signed, TODAY.plusDays(31), null, null), true, TODAY).letter())
                .isEqualTo(AnswersPanel.Letter.VALID);
        assertThat(AnswersPanel.row(ending(signed, TODAY.plusDays(30), null, null), true, TODAY).letter())
                .isEqualTo(AnswersPanel.Letter.EXPIRING);
        var lastDay = AnswersPanel.row(ending(signed, TODAY, null, null), true, TODAY);
        assertThat(lastDay.letter()).isEqualTo(AnswersPanel.Letter.EXPIRING);
        assertThat(lastDay.daysLeft()).isZero();
        assertThat(AnswersPanel.row(ending(signed, TODAY.minusDays(1), null, null), true, TODAY).letter())
                .isEqualTo(AnswersPanel.Letter.EXPIRED);
        assertThat(AnswersPanel.row(ending(signed, null, null, null), true, TODAY).letter()).isEqualTo(AnswersPanel.Letter.VALID);
        assertThat(AnswersPanel.row(ending(null, null, null, null), true, TODAY).letter()).isEqualTo(AnswersPanel.Letter.NONE);
    }

    @Test
    void the_phone_is_kept_only_when_the_viewer_may_call_and_is_dialled_without_separators() {
        var answerable = ending(null, null, " 0411-8888 0002 ", null);
        var shown = AnswersPanel.row(answerable, true, TODAY);
        assertThat(shown.phone()).isEqualTo("0411-8888 0002");
        assertThat(shown.dial()).isEqualTo("041188880002");
        var hidden = AnswersPanel.row(answerable, false, TODAY);
        assertThat(hidden.phone()).isNull();
        assertThat(hidden.dial()).isNull();
        assertThat(AnswersPanel.row(ending(null, null, "无", null), true, TODAY).phone()).as("nothing to dial").isNull();
    }

    @Test
    void only_paths_on_this_site_are_linked() {
        assertThat(AnswersPanel.row(ending(null, null, null, "/console/frontage/units/3"), true, TODAY).link())
                .isEqualTo("/console/frontage/units/3");
        for (var bad : new String[] {"javascript:alert(1)", "//evil.example/x", "https://evil.example/", "/\\evil.example"}) {
            assertThat(AnswersPanel.row(ending(null, null, null, bad), true, TODAY).link()).as(bad).isNull();
        }
    }
}
