package org.urbangrid.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinyinInitialsTest {

    @Test
    void catalogue_names_become_their_pinyin_initials() {
        assertThat(PinyinInitials.of("暴露垃圾")).isEqualTo("bllj");
        assertThat(PinyinInitials.of("上水井盖")).isEqualTo("ssjg");
        assertThat(PinyinInitials.of("人行道步砖松动、破损或缺失")).isEqualTo("rxdbzsdpshqs");
        assertThat(PinyinInitials.of("私自饲养家禽家畜")).isEqualTo("szsyjqjc");
        assertThat(PinyinInitials.of("重大危险源")).isEqualTo("zdwxy");
        assertThat(PinyinInitials.of("河长公示牌")).isEqualTo("hzgsp");
        assertThat(PinyinInitials.of("古树名木受损、病虫害或长势衰弱")).isEqualTo("gsmmssbchhzssr");
        assertThat(PinyinInitials.of("车行道坑槽、破损影响通行")).isEqualTo("cxdkcpsyxtx");
    }

    @Test
    void polyphones_are_read_as_the_word_says() {
        // pinyin4j reads 调 as diào first: 调压 and 空调 are tiáo
        assertThat(PinyinInitials.of("燃气调压站(箱)")).isEqualTo("rqtyzx");
        assertThat(PinyinInitials.of("空调室外机低挂")).isEqualTo("ktswjdg");
        // 长 is zhǎng first: 长度 is cháng, 银行 háng, 重复 chóng
        assertThat(PinyinInitials.of("广告牌长度超标")).isEqualTo("ggpcdcb");
        assertThat(PinyinInitials.of("银行门前占道")).isEqualTo("yhmqzd");
        assertThat(PinyinInitials.of("重复设置")).isEqualTo("cfsz");
    }

    @Test
    void letters_and_digits_stay_and_punctuation_goes() {
        assertThat(PinyinInitials.of("LED 显示屏 2 号")).isEqualTo("ledxsp2h");
        assertThat(PinyinInitials.of("")).isEmpty();
        assertThat(PinyinInitials.of(null)).isEmpty();
    }

    @Test
    void only_latin_letters_are_taken_as_typed_initials() {
        assertThat(PinyinInitials.typed(" BL lj ")).isEqualTo("bllj");
        assertThat(PinyinInitials.typed("垃圾")).isEmpty();
        assertThat(PinyinInitials.typed("E0102")).isEmpty();
    }
}
