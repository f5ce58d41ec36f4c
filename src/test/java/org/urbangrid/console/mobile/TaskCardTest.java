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
}
