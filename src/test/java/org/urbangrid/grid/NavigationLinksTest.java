package org.urbangrid.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Each app's link carries its own coordinate system, the name encoded, and opens as a valid URI. */
class NavigationLinksTest {

    /** A position in 软件园地区 of the demo district (WGS84). */
    private static final LatLng CASE = new LatLng(38.895, 121.528);
    private static final String NAME = "数码广场 东侧 & 路口";

    @Test
    void amap_gets_gcj02_longitude_first_and_the_name_encoded() {
        var link = NavigationLinks.amap(CASE, NAME);
        var gcj = Coordinates.wgs84ToGcj02(CASE);
        assertThat(link).isEqualTo("https://uri.amap.com/marker?position=%.6f,%.6f&name=%s&coordinate=gaode&callnative=1"
                .formatted(gcj.longitude(), gcj.latitude(), "%E6%95%B0%E7%A0%81%E5%B9%BF%E5%9C%BA%20%E4%B8%9C%E4%BE%A7%20%26%20%E8%B7%AF%E5%8F%A3"));
        assertThat(link).doesNotContain("121.528000,38.895000");
        URI.create(link);
    }

    @Test
    void baidu_gets_bd09_latitude_first_with_its_coordinate_type() {
        var link = NavigationLinks.baidu(CASE, "案卷 2026001", NAME);
        var bd = Coordinates.wgs84ToBd09(CASE);
        assertThat(link).startsWith("https://api.map.baidu.com/marker?location=%.6f,%.6f&title=".formatted(bd.latitude(), bd.longitude()))
                .endsWith("&output=html&coord_type=bd09ll&src=urbangrid")
                .contains("&title=%E6%A1%88%E5%8D%B7%202026001&content=");
        assertThat(decoded(link, "content")).isEqualTo(NAME);
        URI.create(link);
    }

    @Test
    void tencent_gets_gcj02_latitude_first() {
        var link = NavigationLinks.tencent(CASE, NAME);
        var gcj = Coordinates.wgs84ToGcj02(CASE);
        assertThat(link).startsWith("https://apis.map.qq.com/uri/v1/marker?marker=coord:%.6f,%.6f;title:".formatted(gcj.latitude(), gcj.longitude()))
                .endsWith("&referer=urbangrid");
        URI.create(link);
    }

    @Test
    void geo_uri_stays_in_wgs84() {
        assertThat(NavigationLinks.geo(CASE, NAME)).startsWith("geo:38.895000,121.528000?q=38.895000,121.528000(")
                .endsWith(")").doesNotContain(" ");
        assertThat(NavigationLinks.geo(CASE, null)).isEqualTo("geo:38.895000,121.528000?q=38.895000,121.528000");
        URI.create(NavigationLinks.geo(CASE, NAME));
    }

    @Test
    void outside_china_every_app_gets_the_wgs84_position() {
        var london = new LatLng(51.5007, -0.1246);
        assertThat(NavigationLinks.amap(london, "x")).contains("position=-0.124600,51.500700");
        assertThat(NavigationLinks.tencent(london, "x")).contains("coord:51.500700,-0.124600");
    }

    private static String decoded(String link, String parameter) {
        var m = Pattern.compile("[?&]" + parameter + "=([^&]*)").matcher(link);
        assertThat(m.find()).isTrue();
        return URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
    }
}
