package org.urbangrid.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** urbangrid.map.base-layer.*: bound from the properties as the application binds them. */
class MapBaseLayerPropertiesTest {

    static MapBaseLayerProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("urbangrid.map.base-layer", MapBaseLayerProperties.class);
    }

    @Test
    void nothing_configured_means_our_own_base_layer_and_no_tile_origin() {
        var none = bind(Map.of());
        assertThat(none.configured()).isFalse();
        assertThat(none.tileOrigins()).isEmpty();
        assertThat(none.crs()).isEqualTo(MapBaseLayerProperties.Crs.WGS84);
        assertThat(none.maxZoom()).isEqualTo(18);
    }

    @Test
    void tianditu_wmts_binds_with_its_key_subdomains_and_annotation_layer() {
        var tianditu = bind(Map.of(
                "urbangrid.map.base-layer.url", "https://t{s}.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile"
                        + "&VERSION=1.0.0&LAYER=vec&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}"
                        + "&TILECOL={x}&tk={key}",
                "urbangrid.map.base-layer.labels-url", "https://t{s}.tianditu.gov.cn/cva_w/wmts?SERVICE=WMTS&REQUEST=GetTile"
                        + "&VERSION=1.0.0&LAYER=cva&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}"
                        + "&TILECOL={x}&tk={key}",
                "urbangrid.map.base-layer.key", "abc 123",
                "urbangrid.map.base-layer.subdomains", "0,1,2",
                "urbangrid.map.base-layer.attribution", "© 天地图",
                "urbangrid.map.base-layer.crs", "wgs84",
                "urbangrid.map.base-layer.max-zoom", "18"));
        assertThat(tianditu.configured()).isTrue();
        assertThat(tianditu.template()).contains("tk=abc+123", "TILEMATRIX={z}", "{s}").doesNotContain("{key}");
        assertThat(tianditu.labelsTemplate()).contains("LAYER=cva", "tk=abc+123");
        assertThat(tianditu.subdomains()).containsExactly("0", "1", "2");
        assertThat(tianditu.attribution()).isEqualTo("© 天地图");
        assertThat(tianditu.tileOrigins()).containsExactly("https://t0.tianditu.gov.cn", "https://t1.tianditu.gov.cn",
                "https://t2.tianditu.gov.cn");
    }

    @Test
    void a_gcj02_xyz_map_binds_its_datum() {
        var amap = bind(Map.of("urbangrid.map.base-layer.url",
                "https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}",
                "urbangrid.map.base-layer.subdomains", "1,2", "urbangrid.map.base-layer.crs", "GCJ02"));
        assertThat(amap.crs()).isEqualTo(MapBaseLayerProperties.Crs.GCJ02);
        assertThat(amap.tileOrigins()).containsExactly("https://webrd01.is.autonavi.com", "https://webrd02.is.autonavi.com");
    }

    @Test
    void a_template_without_tile_placeholders_or_host_is_refused_at_start() {
        assertThatThrownBy(() -> bind(Map.of("urbangrid.map.base-layer.url", "https://tiles.example.com/map.png")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("{z}, {x} and {y}");
        assertThatThrownBy(() -> bind(Map.of("urbangrid.map.base-layer.url", "file:///tiles/{z}/{x}/{y}.png")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("http(s) URL with a host");
        assertThatThrownBy(() -> bind(Map.of("urbangrid.map.base-layer.url", "https://a/{z}/{x}/{y}.png",
                "urbangrid.map.base-layer.crs", "BD09"))).isInstanceOf(BindException.class);
    }
}
