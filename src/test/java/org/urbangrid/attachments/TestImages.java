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

    /** A minimal lossless WebP container (RIFF header, WEBP, a VP8L chunk). */
    public static byte[] webp() {
        byte[] chunk = {0x2F, 0x00, 0x00, 0x00, 0x00, 0x07, 0x10, 0x11, 0x11, 0x00, 0x00};
        var buffer = ByteBuffer.allocate(20 + chunk.length + 1).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(12 + chunk.length + 1)
                .put("WEBP".getBytes(StandardCharsets.US_ASCII)).put("VP8L".getBytes(StandardCharsets.US_ASCII))
                .putInt(chunk.length).put(chunk).put((byte) 0);
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
