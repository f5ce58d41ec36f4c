package org.urbangrid.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.urbangrid.platform.MapBaseLayerProperties;

/** The Content-Security-Policy lets images come from the configured tile hosts, and from nowhere else. */
class TileHostPolicyTest {

    @Test
    void without_an_external_map_img_src_is_this_origin_only() {
        assertThat(org.urbangrid.organization.PublicDoors.csp(MapBaseLayerProperties.none())).isEqualTo(org.urbangrid.organization.PublicDoors.CSP)
                .contains("img-src 'self' data: blob:;");
    }

    @Test
    void with_one_img_src_names_its_tile_hosts_and_nothing_else_changes() {
        var tiles = new MapBaseLayerProperties("https://t{s}.tianditu.gov.cn/vec_w/wmts?TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={key}",
                "k", null, "© 天地图", List.of("0", "1"), null, null);
        var csp = org.urbangrid.organization.PublicDoors.csp(tiles);
        assertThat(csp).contains("img-src 'self' data: blob: https://t0.tianditu.gov.cn https://t1.tianditu.gov.cn;")
                .contains("connect-src 'self';", "script-src 'self';", "default-src 'self';");
        assertThat(csp.replace(" https://t0.tianditu.gov.cn https://t1.tianditu.gov.cn", ""))
                .isEqualTo(org.urbangrid.organization.PublicDoors.CSP);
    }
}
