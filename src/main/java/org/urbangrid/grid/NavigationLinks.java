package org.urbangrid.grid;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * "Navigate there" (导航到这里) links for the phone map apps people use, from a stored WGS84 position: each app gets
 * the coordinates in the system it reads (高德 and 腾讯 GCJ-02, 百度 BD-09), so the pin lands where the case is;
 * the {@code geo:} URI (RFC 5870) stays in WGS84. Names are URL-encoded (UTF-8, spaces as %20).
 */
public final class NavigationLinks {

    private NavigationLinks() {}

    /** 高德地图: {@code https://uri.amap.com/marker?position=lng,lat&name=..&coordinate=gaode&callnative=1}. */
    public static String amap(LatLng wgs, String name) {
        var gcj = Coordinates.wgs84ToGcj02(wgs);
        return "https://uri.amap.com/marker?position=" + degrees(gcj.longitude()) + "," + degrees(gcj.latitude())
                + "&name=" + encode(name) + "&coordinate=gaode&callnative=1";
    }

    /** 百度地图: {@code https://api.map.baidu.com/marker?location=lat,lng&title=..&content=..&output=html&coord_type=bd09ll&src=urbangrid}. */
    public static String baidu(LatLng wgs, String title, String content) {
        var bd = Coordinates.wgs84ToBd09(wgs);
        return "https://api.map.baidu.com/marker?location=" + degrees(bd.latitude()) + "," + degrees(bd.longitude())
                + "&title=" + encode(title) + "&content=" + encode(content == null ? title : content)
                + "&output=html&coord_type=bd09ll&src=urbangrid";
    }

    /** 腾讯地图: {@code https://apis.map.qq.com/uri/v1/marker?marker=coord:lat,lng;title:..&referer=urbangrid}. */
    public static String tencent(LatLng wgs, String title) {
        var gcj = Coordinates.wgs84ToGcj02(wgs);
        return "https://apis.map.qq.com/uri/v1/marker?marker=coord:" + degrees(gcj.latitude()) + ","
                + degrees(gcj.longitude()) + ";title:" + encode(title) + "&referer=urbangrid";
    }

    /** {@code geo:lat,lng?q=lat,lng(label)} in WGS84, which Android map apps open with a labelled pin. */
    public static String geo(LatLng wgs, String label) {
        var at = degrees(wgs.latitude()) + "," + degrees(wgs.longitude());
        return "geo:" + at + "?q=" + at + (label == null || label.isBlank() ? "" : "(" + encode(label) + ")");
    }

    /** Six decimals: about 10 cm, finer than any phone's position. */
    static String degrees(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
