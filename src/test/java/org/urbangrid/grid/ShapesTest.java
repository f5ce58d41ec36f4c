package org.urbangrid.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.urbangrid.platform.UrbanGridException;

class ShapesTest {

    /** A line 1 km long due east at 38.9°N (大连高新区). */
    private static final String LINE = """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"name":" 黄浦路 "},"geometry":{"type":"LineString",
              "coordinates":[[121.5,38.9],[121.51155,38.9]]}},
             {"type":"Feature","properties":{},"geometry":{"type":"Circle","coordinates":[1,2]}}]}""";

    @Test
    void reads_features_with_their_properties_and_a_problem_for_an_unreadable_geometry() {
        var features = Shapes.readFeatures(LINE);
        assertThat(features).hasSize(2);
        assertThat(features.get(0).text("name")).isEqualTo("黄浦路");
        assertThat(features.get(0).geometry().getGeometryType()).isEqualTo("LineString");
        assertThat(features.get(1).geometry()).isNull();
        assertThat(features.get(1).problem()).contains("Circle");
    }

    @Test
    void a_text_that_is_no_feature_collection_is_refused_naming_the_file() {
        assertThatThrownBy(() -> Shapes.readFeatures("{\"type\":\"Feature\"}"))
                .isInstanceOfSatisfying(UrbanGridException.class,
                        e -> assertThat(e.properties()).containsEntry("field", "file"));
    }

    @Test
    void measures_in_metres() {
        var line = Shapes.readFeatures(LINE).get(0).geometry();
        assertThat(Shapes.lengthMetres(line)).isCloseTo(1000, within(2.0));
        // 0.00018° of latitude is 20 m north of the line's middle
        assertThat(Shapes.distanceMetres(line, 38.90018, 121.505)).isCloseTo(20, within(0.2));
        assertThat(Shapes.distanceMetres(line, 38.9, 121.505)).isCloseTo(0, within(0.01));
    }

    @Test
    void a_line_with_a_depth_becomes_an_area_of_that_depth_each_side() {
        var line = Shapes.readFeatures(LINE).get(0).geometry();
        var frontage = Shapes.buffer(line, 10);
        assertThat(frontage.getGeometryType()).isEqualTo("Polygon");
        assertThat(Shapes.areaSquareMetres(frontage)).isCloseTo(20_000, within(100.0));
        assertThat(Shapes.distanceMetres(frontage, 38.90005, 121.505)).isZero(); // 5.6 m north: inside
        assertThat(Shapes.distanceMetres(frontage, 38.9002, 121.505)).isCloseTo(12.2, within(0.3));
        assertThat(Shapes.toGeoJson(frontage).path("type").asString()).isEqualTo("Polygon");
    }
}
