package org.urbangrid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every message key exists in Chinese (the default bundle) and in English, and no translation is empty. */
class I18nBundlesInSyncTest {

    @ParameterizedTest
    @ValueSource(strings = {"platform", "organization", "grid", "catalog", "deadline", "dispatch", "cases",
            "attachments", "console", "console_cases", "console_queues", "console_mobile", "console_admin", "console_assessment", "assessment_notice",
            "console_screen", "simulation", "assessment_inputs", "assessment",
            "notifications", "publicguard", "channels", "exchange", "board", "open311", "citizens", "console_duty", "gridteams", "chiefs", "frontage"})
    void chinese_and_english_bundles_have_the_same_keys(String bundle) throws IOException {
        var zh = load("i18n/" + bundle + ".properties");
        var en = load("i18n/" + bundle + "_en.properties");
        assertThat(new TreeSet<>(en.stringPropertyNames())).as(bundle)
                .containsExactlyElementsOf(new TreeSet<>(zh.stringPropertyNames()));
        zh.forEach((key, value) -> assertThat(value.toString()).as(bundle + " zh " + key).isNotBlank());
        en.forEach((key, value) -> assertThat(value.toString()).as(bundle + " en " + key).isNotBlank());
    }

    private static Properties load(String path) throws IOException {
        var properties = new Properties();
        try (var in = I18nBundlesInSyncTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
