package org.urbangrid.console.mobile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.catalog.Catalog;
import org.urbangrid.console.web.ClassSearch;
import org.urbangrid.console.web.PinyinInitials;
import org.urbangrid.support.IntegrationTest;

/** The class pickers find a class by Chinese text, by code, or by the pinyin initials of its name. */
class ClassSearchTest extends IntegrationTest {

    @Autowired
    Catalog catalog;

    @Autowired
    ClassSearch search;

    @Test
    void every_catalogue_name_has_one_initial_per_character() {
        var classes = catalog.classes(null, null);
        assertThat(classes).hasSizeGreaterThanOrEqualTo(155);
        classes.forEach(c -> {
            assertThat(PinyinInitials.of(c.name())).as(c.name()).hasSize(letters(c.name())).matches("[a-z0-9]*");
            catalog.conditionsOf(c.code()).forEach(f -> assertThat(PinyinInitials.of(f.description()))
                    .as(f.description()).hasSize(letters(f.description())));
        });
    }

    @Test
    void initials_a_prefix_or_a_part_of_them_find_the_class_first() {
        assertThat(search.find(null, "bllj")).first().extracting(c -> c.code()).isEqualTo("E0102");
        assertThat(search.find(null, "bl")).extracting(c -> c.code()).contains("E0102");
        assertThat(search.find(null, "lj")).extracting(c -> c.code()).contains("E0102");
        assertThat(search.find(null, "xds")).first().extracting(c -> c.name()).isEqualTo("行道树");
        assertThat(search.find(null, "rqty")).first().extracting(c -> c.name()).isEqualTo("燃气调压站(箱)");
        assertThat(search.find(null, "垃圾")).extracting(c -> c.code()).contains("E0102");
        assertThat(search.find(null, "e0102")).first().extracting(c -> c.code()).isEqualTo("E0102");
        assertThat(search.find(null, "qqqqxxz")).isEmpty();
    }

    @Test
    void the_phone_picker_matches_initials() {
        var page = mvc.get().uri("/m/classes?q=bllj").with(MobilePagesTest.INSPECTOR).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("data-class-code=\"E0102\"", "暴露垃圾");
        var kind = mvc.get().uri("/m/classes?q=bl&kind=COMPONENT").with(MobilePagesTest.INSPECTOR).exchange();
        assertThat(kind).hasStatusOk().bodyText().doesNotContain("data-class-code=\"E0102\"");
        assertThat(mvc.get().uri("/m/classes?q=zzzzq").with(MobilePagesTest.INSPECTOR).exchange()).bodyText()
                .contains("没有匹配的类别");
    }

    @Test
    void the_desk_condition_picker_matches_initials() {
        var page = mvc.get().uri("/console/conditions?q=bllj").with(user("operator").roles("OPERATOR")).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("E0102-01");
    }

    private static int letters(String text) {
        return (int) text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c < 128 && Character.isLetterOrDigit(c))).count();
    }
}
