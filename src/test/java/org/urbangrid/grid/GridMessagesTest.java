package org.urbangrid.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The grid bundles hold the same keys in Chinese and English, and every key the module throws. */
class GridMessagesTest {

    private static final Pattern KEY = Pattern.compile("\"(error\\.(?:grid|gazetteer)\\.[a-z.-]+)\"");

    @Test
    void chinese_and_english_bundles_have_the_same_keys() throws IOException {
        assertThat(keys("grid_en.properties")).isEqualTo(keys("grid.properties"));
    }

    @Test
    void every_key_used_in_the_module_is_in_the_bundle() throws IOException {
        var used = new TreeSet<String>();
        try (var files = Files.walk(Path.of("src/main/java/org/urbangrid/grid"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                KEY.matcher(Files.readString(file)).results().forEach(m -> used.add(m.group(1)));
            }
        }
        assertThat(used).hasSizeGreaterThan(10);
        assertThat(keys("grid.properties")).containsAll(used);
    }

    private static Set<String> keys(String bundle) throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/i18n", bundle), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
