package org.urbangrid.attachments.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;

import org.urbangrid.attachments.PhotoStore;
import org.urbangrid.platform.UrbanGridException;

/**
 * Decodes a photo before it is stored: the dimensions from the header must be within {@link PhotoStore#MAX_SIDE}
 * and {@link PhotoStore#MAX_PIXELS}, and a frame must decode without error or warning. JPEG and PNG use the JDK's
 * ImageIO readers, WebP the TwelveMonkeys reader. Large images are decoded subsampled, so a check never holds
 * more than a few megapixels. Also makes the metadata-free copies that leave the staff side.
 */
final class PhotoDecoder {

    /** Decoded only to about this many pixels when checking (every byte of the stream is still read). */
    private static final long CHECK_PIXELS = 4_000_000L;

    /** WebP chunks kept in a shareable copy; EXIF, XMP and unknown chunks are dropped. */
    private static final Set<String> WEBP_KEPT = Set.of("VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF", "ICCP");

    record Decoded(int width, int height) {}

    private PhotoDecoder() {}

    static Decoded check(byte[] content, PhotoType type) {
        var reader = reader(type);
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0 || width > PhotoStore.MAX_SIDE || height > PhotoStore.MAX_SIDE
                    || (long) width * height > PhotoStore.MAX_PIXELS) {
                throw UrbanGridException.invalid("error.photo.dimensions", width, height, PhotoStore.MAX_SIDE,
                        PhotoStore.MAX_PIXELS / 1_000_000).with("width", width).with("height", height);
            }
            var warnings = new StringBuilder();
            reader.addIIOReadWarningListener((source, warning) -> warnings.append(warning).append("; "));
            var param = reader.getDefaultReadParam();
            int step = (int) Math.ceil(Math.sqrt((double) width * height / CHECK_PIXELS));
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            BufferedImage frame = reader.read(0, param);
            if (frame == null || frame.getWidth() <= 0 || warnings.length() > 0) {
                throw unreadable();
            }
            return new Decoded(width, height);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UrbanGridException refusal) {
                throw refusal;
            }
            throw unreadable();
        } finally {
            reader.dispose();
        }
    }

    /** The photo without metadata: re-encoded pixels for JPEG and PNG, WebP without EXIF and XMP chunks. */
    static byte[] withoutMetadata(byte[] content, PhotoType type) {
        try {
            return switch (type) {
                case WEBP -> webpWithoutMetadata(content);
                case PNG -> reencode(content, "png");
                case JPEG -> reencode(content, "jpeg");
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot re-encode photo", e);
        }
    }

    private static byte[] reencode(byte[] content, String format) throws IOException {
        var image = ImageIO.read(new ByteArrayInputStream(content));
        if (image == null) {
            throw new IOException("not decodable as " + format);
        }
        var out = new ByteArrayOutputStream();
        var writer = ImageIO.getImageWritersByFormatName(format).next();
        try (var output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            var param = writer.getDefaultWriteParam();
            if ("jpeg".equals(format)) {
                if (image.getColorModel().hasAlpha()) {
                    var rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
                    rgb.createGraphics().drawImage(image, 0, 0, null);
                    image = rgb;
                }
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.9f);
            }
            // no metadata argument: the writer writes only what the pixels need
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static byte[] webpWithoutMetadata(byte[] content) {
        var in = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
        var out = new ByteArrayOutputStream(content.length);
        int position = 12;
        while (position + 8 <= content.length) {
            var fourCc = new String(content, position, 4, StandardCharsets.US_ASCII);
            long size = Integer.toUnsignedLong(in.getInt(position + 4));
            long end = position + 8 + size + (size & 1);
            if (end > content.length) {
                end = content.length;
            }
            if (WEBP_KEPT.contains(fourCc)) {
                var chunk = java.util.Arrays.copyOfRange(content, position, (int) end);
                if (fourCc.equals("VP8X") && chunk.length > 8) {
                    chunk[8] &= (byte) ~0x0C; // clear the EXIF (0x08) and XMP (0x04) flags
                }
                out.writeBytes(chunk);
            }
            position = (int) end;
        }
        var body = out.toByteArray();
        var result = ByteBuffer.allocate(12 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        result.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + body.length)
                .put("WEBP".getBytes(StandardCharsets.US_ASCII)).put(body);
        return result.array();
    }

    private static ImageReader reader(PhotoType type) {
        var readers = ImageIO.getImageReadersByFormatName(switch (type) {
            case JPEG -> "jpeg";
            case PNG -> "png";
            case WEBP -> "webp";
        });
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + type);
        }
        return readers.next();
    }

    private static UrbanGridException unreadable() {
        return UrbanGridException.invalid("error.photo.unreadable");
    }
}
