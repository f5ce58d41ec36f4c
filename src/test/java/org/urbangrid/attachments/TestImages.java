package org.urbangrid.attachments;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/** Small real images for photo tests. */
public final class TestImages {

    private TestImages() {}

    public static byte[] png() {
        return encode("png", Color.ORANGE);
    }

    public static byte[] jpeg() {
        return encode("jpg", Color.BLUE);
    }

    /** A real 1×1 lossless WebP (RIFF, WEBP, a VP8L chunk), as browsers use to test WebP support. */
    public static byte[] webp() {
        return java.util.Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
    }

    /** The WebP with EXIF and XMP chunks (and their VP8X flags) carrying {@code marker}. */
    public static byte[] webpWithMetadata(String marker) {
        var pixels = webp();
        var vp8l = java.util.Arrays.copyOfRange(pixels, 12, pixels.length);
        var exif = chunk("EXIF", ("Exif GPS " + marker).getBytes(StandardCharsets.US_ASCII));
        var xmp = chunk("XMP ", ("<x:xmpmeta>" + marker + "</x:xmpmeta>").getBytes(StandardCharsets.US_ASCII));
        var vp8x = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
        vp8x.put((byte) 0x0C).put(new byte[3]).put(new byte[] {0, 0, 0}).put(new byte[] {0, 0, 0});
        var header = chunk("VP8X", vp8x.array());
        var body = new ByteArrayOutputStream();
        body.writeBytes(header);
        body.writeBytes(vp8l);
        body.writeBytes(exif);
        body.writeBytes(xmp);
        var bytes = body.toByteArray();
        var out = ByteBuffer.allocate(12 + bytes.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + bytes.length)
                .put("WEBP".getBytes(StandardCharsets.US_ASCII)).put(bytes);
        return out.array();
    }

    /** A JPEG with an EXIF (APP1) segment carrying {@code marker}, as a phone writes GPS and device. */
    public static byte[] jpegWithExif(String marker) {
        var plain = jpeg();
        var payload = ("Exif\0\0MM GPS " + marker).getBytes(StandardCharsets.ISO_8859_1);
        var out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xE1);
        int length = payload.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(payload);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** A real PNG of the given size (one colour, so it compresses to almost nothing). */
    public static byte[] png(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] chunk(String fourCc, byte[] data) {
        var buffer = ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put(fourCc.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
        return buffer.array();
    }

    private static byte[] encode(String format, Color color) {
        var image = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 8, 6);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
