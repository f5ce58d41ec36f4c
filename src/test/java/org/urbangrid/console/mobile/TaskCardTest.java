package org.urbangrid.console.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.urbangrid.deadline.Light;

class TaskCardTest {

    static TaskCard card(long minutesLeft, Light light) {
        return new TaskCard(1, "20261126-00001", "VERIFY", light, minutesLeft, "凌水街道", "暴露垃圾", "垃圾", 38.9, 121.5);
    }

    @Test
    void time_left_reads_as_hours_and_minutes() {
        var card = card(135, Light.GREEN);
        assertThat(card.overdue()).isFalse();
        assertThat(card.hours()).isEqualTo(2);
        assertThat(card.minutes()).isEqualTo(15);
    }

    @Test
    void overdue_time_reads_as_how_long_past_the_deadline() {
        var card = card(-75, Light.RED);
        assertThat(card.overdue()).isTrue();
        assertThat(card.hours()).isEqualTo(1);
        assertThat(card.minutes()).isEqualTo(15);
    }

    @Test
    void under_a_minute_overdue_is_overdue() {
        // CaseViews rounds minutes down: 59 s overdue is -1, 59 s left is 0.
        assertThat(card(-1, Light.RED).overdue()).isTrue();
        assertThat(card(-1, Light.RED).minutes()).isEqualTo(1);
        assertThat(card(0, Light.YELLOW).overdue()).isFalse();
    }
}
