package org.urbangrid.attachments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.urbangrid.attachments.TestImages;

class PhotoTypeTest {

    @Test
    void recognises_jpeg_png_and_webp_by_their_first_bytes() {
        assertThat(PhotoType.detect(TestImages.jpeg())).contains(PhotoType.JPEG);
        assertThat(PhotoType.detect(TestImages.png())).contains(PhotoType.PNG);
        assertThat(PhotoType.detect(TestImages.webp())).contains(PhotoType.WEBP);
    }

    @Test
    void a_riff_file_that_is_not_webp_is_refused() {
        var wave = TestImages.webp();
        System.arraycopy("WAVE".getBytes(StandardCharsets.US_ASCII), 0, wave, 8, 4);
        assertThat(PhotoType.detect(wave)).isEmpty();
    }

    @Test
    void text_gif_and_truncated_headers_are_refused() {
        assertThat(PhotoType.detect("hello, not a photo".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(PhotoType.detect("GIF89a......".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(PhotoType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
        assertThat(PhotoType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G'})).isEmpty();
    }
}
