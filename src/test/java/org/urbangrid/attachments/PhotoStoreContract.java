package org.urbangrid.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.urbangrid.organization.NewStaff;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.platform.PlatformProperties;
import org.urbangrid.platform.UrbanGridException;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/** Photo upload, checks and download, the same on H2 and PostgreSQL. */
abstract class PhotoStoreContract extends IntegrationTest {

    static final String UPLOADER = "ph-inspector";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PhotoStore photos;

    @Autowired
    Organization organization;

    @Autowired
    PlatformProperties properties;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void uploader() {
        if (organization.staffByUsername(UPLOADER).isEmpty()) {
            organization.createStaff(new NewStaff(UPLOADER, "拍照员", Api.DEMO_PASSWORD, Role.INSPECTOR, null, null, null));
        }
    }

    @Test
    void jpeg_png_and_webp_are_accepted_by_their_content() {
        assertThat(contentTypeOf(upload("a.jpg", "image/jpeg", TestImages.jpeg()))).isEqualTo("image/jpeg");
        assertThat(contentTypeOf(upload("b.png", "image/png", TestImages.png()))).isEqualTo("image/png");
        assertThat(contentTypeOf(upload("c.webp", "image/webp", TestImages.webp()))).isEqualTo("image/webp");
    }

    @Test
    void a_png_named_jpg_is_still_stored_as_png() {
        var result = upload("photo.jpg", "image/jpeg", TestImages.png());
        assertThat(result).hasStatus(201);
        assertThat(contentTypeOf(result)).isEqualTo("image/png");
        String id = Api.read(result, "$.id");
        assertThat(result.getResponse().getHeader("Location")).isEqualTo("/api/photos/" + id);
    }

    @Test
    void a_text_file_named_jpg_is_refused_and_nothing_is_stored() {
        var before = stored();
        var result = upload("photo.jpg", "image/jpeg", "这不是照片".getBytes(StandardCharsets.UTF_8));
        assertThat(result).hasStatus(415);
        assertThat(Api.<String>read(result, "$.code")).isEqualTo("error.photo.type");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void an_empty_file_is_refused() {
        var before = stored();
        var result = upload("empty.jpg", "image/jpeg", new byte[0]);
        assertThat(result).hasStatus(400);
        assertThat(Api.<String>read(result, "$.code")).isEqualTo("error.photo.empty");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void a_photo_over_ten_megabytes_is_refused_and_nothing_is_stored() {
        var before = stored();
        var big = new byte[(int) PhotoStore.MAX_BYTES + 1];
        System.arraycopy(TestImages.png(), 0, big, 0, 8);
        var result = upload("big.png", "image/png", big);
        assertThat(result).hasStatus(413);
        assertThat(Api.<String>read(result, "$.code")).isEqualTo("error.photo.too-large");
        assertThat(Api.<String>read(result, "$.detail")).contains("10");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void exactly_ten_megabytes_is_accepted() {
        var limit = new byte[(int) PhotoStore.MAX_BYTES];
        var png = TestImages.png();
        System.arraycopy(png, 0, limit, 0, png.length); // a real image, then padding after its end
        assertThat(photos.store(limit, staffId()).size()).isEqualTo(PhotoStore.MAX_BYTES);
    }

    @Test
    void download_returns_the_same_bytes_with_type_and_caching_headers() throws Exception {
        var bytes = TestImages.jpeg();
        String id = Api.read(upload("x.jpg", "image/jpeg", bytes), "$.id");
        var download = api.get(UPLOADER, "/api/photos/{id}", id);
        assertThat(download).hasStatusOk();
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(bytes);
        assertThat(download.getResponse().getContentType()).isEqualTo("image/jpeg");
        assertThat(download.getResponse().getHeader("Cache-Control")).contains("max-age=31536000", "private", "immutable");
        assertThat(download.getResponse().getHeader("ETag")).isEqualTo("\"" + sha256(bytes) + "\"");
    }

    @Test
    void a_matching_etag_gets_304_without_a_body() {
        String id = Api.read(upload("x.png", "image/png", TestImages.png()), "$.id");
        var result = mvc.get().uri("/api/photos/{id}", id).header("Authorization", "Bearer " + api.token(UPLOADER))
                .header("If-None-Match", "\"" + sha256(TestImages.png()) + "\"").exchange();
        assertThat(result).hasStatus(304);
        assertThat(result.getResponse().getContentAsByteArray()).isEmpty();
    }

    @Test
    void metadata_tells_type_size_checksum_and_uploader() {
        var bytes = TestImages.webp();
        String id = Api.read(upload("x.webp", "image/webp", bytes), "$.id");
        var meta = api.get(UPLOADER, "/api/photos/{id}/meta", id);
        assertThat(meta).hasStatusOk();
        assertThat(Api.<String>read(meta, "$.contentType")).isEqualTo("image/webp");
        assertThat(Api.<Integer>read(meta, "$.size")).isEqualTo(bytes.length);
        assertThat(Api.<String>read(meta, "$.sha256")).isEqualTo(sha256(bytes));
        assertThat(((Number) Api.read(meta, "$.uploadedBy")).longValue()).isEqualTo(staffId());
    }

    @Test
    void unknown_or_malformed_ids_are_404() {
        var unknown = api.get(UPLOADER, "/api/photos/{id}", "00000000-0000-4000-8000-000000000000");
        assertThat(unknown).hasStatus(404);
        assertThat(Api.<String>read(unknown, "$.code")).isEqualTo("error.photo.not-found");
        assertThat(api.get(UPLOADER, "/api/photos/{id}/meta", "not-a-photo-id")).hasStatus(404);
        assertThat(api.get(UPLOADER, "/api/photos/{id}", "..%2F..%2Fetc").getResponse().getStatus()).isBetween(400, 404);
        assertThatThrownBy(() -> photos.open("../../etc/passwd")).isInstanceOf(UrbanGridException.class);
    }

    @Test
    void a_request_without_a_file_part_is_400() {
        var result = mvc.post().uri("/api/photos").multipart()
                .file(new MockMultipartFile("photo", "a.png", "image/png", TestImages.png()))
                .header("Authorization", "Bearer " + api.token(UPLOADER)).exchange();
        assertThat(result).hasStatus(400);
    }

    @Test
    void refusals_speak_english_when_asked() {
        var result = mvc.post().uri("/api/photos").multipart()
                .file(new MockMultipartFile("file", "a.gif", "image/gif", "GIF89a......".getBytes(StandardCharsets.US_ASCII)))
                .header("Authorization", "Bearer " + api.token(UPLOADER)).header("Accept-Language", "en").exchange();
        assertThat(result).hasStatus(415);
        assertThat(Api.<String>read(result, "$.detail")).startsWith("Only JPEG, PNG or WebP photos are accepted");
    }

    @Test
    void uploading_needs_a_login() {
        var result = mvc.post().uri("/api/photos").multipart()
                .file(new MockMultipartFile("file", "a.png", "image/png", TestImages.png())).exchange();
        assertThat(result).hasStatus(401);
    }

    @Test
    void when_the_row_cannot_be_written_the_file_is_removed_too() {
        var before = stored();
        assertThatThrownBy(() -> photos.store(TestImages.png(), 987_654_321L))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void when_the_callers_transaction_rolls_back_the_file_goes_too() {
        var before = stored();
        transactions.executeWithoutResult(status -> {
            photos.store(TestImages.jpeg(), staffId());
            status.setRollbackOnly();
        });
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void a_png_whose_pixels_cannot_be_decoded_is_refused_and_nothing_is_stored() {
        var before = stored();
        var broken = java.util.Arrays.copyOf(TestImages.png(), 40);
        var result = upload("broken.png", "image/png", broken);
        assertThat(result).hasStatus(400);
        assertThat(Api.<String>read(result, "$.code")).isEqualTo("error.photo.unreadable");
        var magicOnly = upload("magic.png", "image/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'});
        assertThat(magicOnly).hasStatus(400);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void a_truncated_jpeg_is_refused() {
        var jpeg = TestImages.jpeg();
        var result = upload("cut.jpg", "image/jpeg", java.util.Arrays.copyOf(jpeg, jpeg.length / 2));
        assertThat(result).hasStatus(400);
        assertThat(Api.<String>read(result, "$.code")).isEqualTo("error.photo.unreadable");
    }

    @Test
    void a_webp_that_is_only_a_header_is_refused() {
        var webp = TestImages.webp();
        var result = upload("cut.webp", "image/webp", java.util.Arrays.copyOf(webp, 24));
        assertThat(result).hasStatus(400);
        assertThat(Api.<String>read(result, "$.code")).isEqualTo("error.photo.unreadable");
    }

    @Test
    void an_image_beyond_the_dimension_limit_is_refused_naming_its_size() {
        var result = upload("wide.png", "image/png", TestImages.png(PhotoStore.MAX_SIDE + 1, 1));
        assertThat(result).hasStatus(400);
        assertThat(Api.<String>read(result, "$.code")).isEqualTo("error.photo.dimensions");
        assertThat(Api.<String>read(result, "$.detail")).contains("12001×1");
        assertThat(Api.<Integer>read(result, "$.width")).isEqualTo(PhotoStore.MAX_SIDE + 1);
    }

    @Test
    void the_decoded_size_is_kept_with_the_photo() {
        var result = upload("a.png", "image/png", TestImages.png());
        assertThat(Api.<Integer>read(result, "$.width")).isEqualTo(8);
        assertThat(Api.<Integer>read(result, "$.height")).isEqualTo(6);
        assertThat(Api.<Integer>read(upload("c.webp", "image/webp", TestImages.webp()), "$.width")).isEqualTo(1);
    }

    @Test
    void before_it_is_attached_only_the_uploader_sees_a_photo() {
        String id = Api.read(upload("x.jpg", "image/jpeg", TestImages.jpeg()), "$.id");
        assertThat(api.get(UPLOADER, "/api/photos/{id}", id)).hasStatusOk();
        var other = api.get("operator", "/api/photos/{id}", id);
        assertThat(other).hasStatus(404);
        assertThat(Api.<String>read(other, "$.code")).isEqualTo("error.photo.not-found");
        assertThat(api.get("leader", "/api/photos/{id}/meta", id)).hasStatus(404);
    }

    @Test
    void the_shareable_copy_has_no_exif_while_the_staff_original_keeps_it() throws Exception {
        var original = TestImages.jpegWithExif("LAT38.86-DEVICE-X1");
        String id = Api.read(upload("gps.jpg", "image/jpeg", original), "$.id");
        var staff = api.get(UPLOADER, "/api/photos/{id}", id);
        assertThat(staff.getResponse().getContentAsByteArray()).isEqualTo(original);
        var shared = api.get(UPLOADER, "/api/photos/{id}/shareable", id);
        assertThat(shared).hasStatusOk();
        var bytes = shared.getResponse().getContentAsByteArray();
        var text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(text).doesNotContain("LAT38.86").doesNotContain("Exif");
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(bytes)).getWidth()).isEqualTo(8);

        var webp = TestImages.webpWithMetadata("LAT38.86-DEVICE-X1");
        String webpId = Api.read(upload("gps.webp", "image/webp", webp), "$.id");
        var sharedWebp = api.get(UPLOADER, "/api/photos/{id}/shareable", webpId).getResponse().getContentAsByteArray();
        assertThat(new String(sharedWebp, StandardCharsets.ISO_8859_1)).doesNotContain("LAT38.86").contains("VP8L");
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(sharedWebp)).getWidth()).isEqualTo(1);
    }

    @Test
    void a_photo_is_claimed_once_and_only_by_its_uploader() {
        var photo = photos.store(TestImages.png(), staffId());
        var other = organization.staffByUsername("operator").orElseThrow().id();
        assertThatThrownBy(() -> photos.claim(java.util.List.of(photo.id()), other))
                .isInstanceOfSatisfying(UrbanGridException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.photo.not-yours");
                    assertThat(e.args()).containsExactly(photo.id());
                });
        transactions.executeWithoutResult(status -> {
            photos.claim(java.util.List.of(photo.id()), staffId());
            status.setRollbackOnly();
        });
        assertThat(photos.find(photo.id()).orElseThrow().attached()).isFalse();
        assertThat(photos.claim(java.util.List.of(photo.id()), staffId())).hasSize(1);
        assertThat(photos.find(photo.id()).orElseThrow().attached()).isTrue();
        assertThatThrownBy(() -> photos.claim(java.util.List.of(photo.id()), staffId()))
                .isInstanceOfSatisfying(UrbanGridException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.photo.already-attached"));
    }

    private MvcTestResult upload(String name, String declaredType, byte[] content) {
        return mvc.post().uri("/api/photos").multipart()
                .file(new MockMultipartFile("file", name, declaredType, content))
                .header("Authorization", "Bearer " + api.token(UPLOADER)).exchange();
    }

    private static String contentTypeOf(MvcTestResult result) {
        assertThat(result).hasStatus(201);
        return Api.read(result, "$.contentType");
    }

    private long staffId() {
        return organization.staffByUsername(UPLOADER).orElseThrow().id();
    }

    /** Rows in the photo table and files under the photo folder, as one comparable value. */
    private String stored() {
        long rows = jdbc.sql("select count(*) from photo").query(Long.class).single();
        var folder = properties.dataDir().resolve("photos");
        if (!Files.exists(folder)) {
            return rows + " rows, 0 files";
        }
        try (var files = Files.walk(folder)) {
            return rows + " rows, " + files.filter(Files::isRegularFile).count() + " files";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
