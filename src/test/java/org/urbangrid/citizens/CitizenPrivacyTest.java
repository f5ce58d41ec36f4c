package org.urbangrid.citizens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.urbangrid.attachments.TestImages;
import org.urbangrid.grid.Grids;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/**
 * No personal data in any answer of the citizen pages: a report with a distinctive phone (anonymous and not), an
 * area follow by phone, and every page, fragment and JSON of /public fetched in both languages; photos served
 * publicly carry no EXIF or GPS, and a photo not public is 404.
 */
class CitizenPrivacyTest extends IntegrationTest {

    private static final String PHONE = "13987654321";
    private static final String OTHER_PHONE = "+86-139-1234-0000";
    private static final String MARKER = "GPS-CAMERA-SECRET-MARKER";

    @Autowired Grids grids;
    @Autowired JdbcClient jdbc;

    CitizenFixtures citizen;

    @BeforeEach
    void citizen() {
        citizen = new CitizenFixtures(mvc, api, grids, jdbc);
    }

    @Test
    void no_public_answer_carries_a_phone_and_public_photos_carry_no_metadata() {
        var shown = citizen.report().phone(PHONE).description("门口垃圾,请联系我").photo("exif.jpg", "image/jpeg",
                TestImages.jpegWithExif(MARKER)).code();
        var anonymous = citizen.report().anonymous().phone(OTHER_PHONE).description("匿名报告").code();
        long id = citizen.caseOf(shown);
        var number = (String) Api.read(api.get("leader", "/api/cases/{id}", id), "$.number");
        var follow = citizen.post("/public/follow", "area", grids.find(CitizenFixtures.GRID).orElseThrow().parentCode(),
                "phone", PHONE);
        var unfollow = follow.getResponse().getRedirectedUrl().replaceAll("\\?.*", "");
        var followCode = CitizenFixtures.codeOf(citizen.post("/public/report/follow", "case", number, "idempotencyKey",
                citizen.newKey(), "phone", OTHER_PHONE));
        citizen.closed(id, "已清运");

        var p = citizen.point();
        var urls = new ArrayList<>(List.of("/public", "/public/report", "/public/track", "/public/follow",
                "/public/track/" + shown, "/public/track/" + anonymous, "/public/track/" + followCode, unfollow,
                "/public/report/nearby?problem=exposed-garbage&latitude=" + p.latitude() + "&longitude=" + p.longitude(),
                "/public/places?q=黄浦", "/public/map/base?bbox=121.49,38.87,121.55,38.90&zoom=15",
                "/public/track?code=" + shown));
        var photoIds = jdbc.sql("select photo_ids from case_history where case_id = ? and seq = 1").param(id)
                .query(String.class).optional();
        var page = Api.body(mvc.get().uri("/public/track/" + shown).exchange());
        var publicPhotos = new ArrayList<String>();
        var matcher = java.util.regex.Pattern.compile("/public/photos/([0-9a-f-]{36})").matcher(page);
        while (matcher.find()) {
            publicPhotos.add(matcher.group(1));
        }
        assertThat(publicPhotos).as("before and after photos shown once seen (%s)", photoIds).hasSizeGreaterThanOrEqualTo(2);
        for (var lang : List.of("zh-CN", "en")) {
            for (var url : urls) {
                var result = mvc.get().uri(url + (url.contains("?") ? "&" : "?") + "lang=" + lang).exchange();
                assertThat(result.getResponse().getStatus()).as(url).isLessThan(400);
                var body = Api.body(result);
                assertThat(body).as(url).doesNotContain(PHONE, "139-1234", "987654321", "citizen-report-");
            }
        }
        for (var photo : publicPhotos) {
            var result = mvc.get().uri("/public/photos/{id}", photo).exchange();
            assertThat(result).hasStatusOk();
            assertThat(result.getResponse().getHeader("Cache-Control")).contains("public", "max-age");
            var bytes = result.getResponse().getContentAsByteArray();
            var latin = new String(bytes, StandardCharsets.ISO_8859_1);
            assertThat(latin).doesNotContain(MARKER, "Exif", "GPS");
            assertThat(containsApp1(bytes)).isFalse();
        }
        assertThat(mvc.get().uri("/public/photos/{id}", java.util.UUID.randomUUID()).exchange()).hasStatus(404);
        // an unseen report's photo is not public
        var unseen = citizen.report().jpegs(1).code();
        var unseenPhoto = jdbc.sql("select photo_ids from case_history where case_id = ? order by seq fetch first 1 rows only")
                .param(citizen.caseOf(unseen)).query(String.class).single();
        assertThat(mvc.get().uri("/public/photos/{id}", unseenPhoto.replaceAll("[\\[\\]\" ]", "").split(",")[0])
                .exchange()).hasStatus(404);
    }

    /** A JPEG APP1 (EXIF/XMP) segment marker. */
    private static boolean containsApp1(byte[] jpeg) {
        for (int i = 0; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xE1) {
                return true;
            }
        }
        return false;
    }
}
