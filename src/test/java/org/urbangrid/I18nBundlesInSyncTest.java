package org.urbangrid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every configured message bundle has every key in Chinese (the default bundle) and in English, no translation is
 * empty, and no bundle on disk is left out of the configuration.
 */
class I18nBundlesInSyncTest {

    /** The bundles as configured: {@code spring.messages.basename} in application.yml is the one list. */
    static List<String> bundles() throws IOException {
        try (var in = I18nBundlesInSyncTest.class.getClassLoader().getResourceAsStream("application.yml")) {
            var yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            var m = Pattern.compile("(?m)^\\s+basename:\\s*(\\S+)").matcher(yaml);
            assertThat(m.find()).as("spring.messages.basename in application.yml").isTrue();
            return Arrays.stream(m.group(1).split(",")).map(b -> b.strip().replaceFirst("^i18n/", "")).toList();
        }
    }

    @Test
    void every_bundle_on_disk_is_configured() throws IOException {
        var configured = bundles();
        try (var files = Files.list(Path.of("src/main/resources/i18n"))) {
            var onDisk = files.map(f -> f.getFileName().toString()).filter(n -> !n.endsWith("_en.properties"))
                    .map(n -> n.replaceFirst("\\.properties$", "")).sorted().toList();
            assertThat(new TreeSet<>(configured)).containsExactlyElementsOf(onDisk);
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
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
