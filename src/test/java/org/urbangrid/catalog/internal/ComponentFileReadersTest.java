package org.urbangrid.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.urbangrid.platform.UrbanGridException;

class ComponentFileReadersTest {

    @Test
    void csv_rows_carry_their_line_numbers_and_columns_by_header_name_in_any_order_and_case() {
        var rows = ComponentFileReaders.csv("\uFEFFclassCode,CODE,lat,lng,state\nC0101,2102310101000001,38.85,121.55,完好\n\n"
                + "C0118,2102310118000001,38.86,121.56,\n");
        assertThat(rows).extracting(RawComponent::position).containsExactly(2, 4);
        assertThat(rows.get(0).code()).isEqualTo("2102310101000001");
        assertThat(rows.get(0).state()).isEqualTo("完好");
        assertThat(rows.get(1).ownerDept()).isNull();
        assertThat(rows).allMatch(r -> r.locator() == ImportError.Locator.ROW);
    }

    @Test
    void csv_without_a_required_column_is_refused_naming_it() {
        assertThatThrownBy(() -> ComponentFileReaders.csv("code,classCode,lat\n1,C0101,38\n"))
                .isInstanceOf(UrbanGridException.class)
                .satisfies(e -> {
                    assertThat(((UrbanGridException) e).messageKey()).isEqualTo("error.component.csv-columns");
                    assertThat(((UrbanGridException) e).args()).containsExactly("lng");
                });
    }

    @Test
    void geojson_points_become_rows_numbered_by_feature_with_latitude_second_in_coordinates() {
        var rows = ComponentFileReaders.geoJson("""
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","geometry":{"type":"Point","coordinates":[121.55,38.85]},
                  "properties":{"code":"2102310101000001","classCode":"C0101","ownerDept":"GS"}},
                 {"type":"Feature","geometry":{"type":"LineString","coordinates":[[121.5,38.8],[121.6,38.9]]},
                  "properties":{"code":2102310101000002,"classCode":"C0101"}}]}""");
        assertThat(rows).extracting(RawComponent::position).containsExactly(1, 2);
        assertThat(rows.get(0).latitude()).isEqualTo("38.85");
        assertThat(rows.get(0).longitude()).isEqualTo("121.55");
        assertThat(rows.get(1).code()).isEqualTo("2102310101000002");
        assertThat(rows.get(1).latitude()).isNull();
        assertThat(rows).allMatch(r -> r.locator() == ImportError.Locator.FEATURE);
    }

    @Test
    void geojson_that_is_not_a_feature_collection_or_not_json_is_refused() {
        assertThatThrownBy(() -> ComponentFileReaders.geoJson("{\"type\":\"Feature\"}"))
                .isInstanceOf(UrbanGridException.class).extracting("messageKey")
                .isEqualTo("error.component.geojson-not-collection");
        assertThatThrownBy(() -> ComponentFileReaders.geoJson("{not json"))
                .isInstanceOf(UrbanGridException.class).extracting("messageKey")
                .isEqualTo("error.component.import-unreadable");
    }

    @Test
    void states_are_read_in_chinese_or_as_enum_names_and_blank_means_intact() {
        assertThat(ComponentFields.parseState("破损")).isEqualTo(org.urbangrid.catalog.ComponentState.DAMAGED);
        assertThat(ComponentFields.parseState("occupied")).isEqualTo(org.urbangrid.catalog.ComponentState.OCCUPIED);
        assertThat(ComponentFields.parseState(" ")).isEqualTo(org.urbangrid.catalog.ComponentState.INTACT);
        assertThat(ComponentFields.parseState("坏了")).isNull();
    }
}
