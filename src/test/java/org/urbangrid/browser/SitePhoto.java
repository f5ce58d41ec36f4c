package org.urbangrid.browser;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** Stand-in site photos: a 320×240 PNG, a grey street with a brown heap ("before") or without it. */
final class SitePhoto {

    private SitePhoto() {}

    static byte[] png(String name) {
        var image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x9fc5e8));
        g.fillRect(0, 0, 320, 120);
        g.setColor(new Color(0x888888));
        g.fillRect(0, 120, 320, 120);
        g.setColor(Color.WHITE);
        g.fillRect(0, 175, 320, 6);
        if (!name.startsWith("after") && !name.startsWith("check")) {
            g.setColor(new Color(0x7a4e1d));
            g.fillOval(110, 140, 110, 60);
            g.setColor(new Color(0x2e7d32));
            g.fillOval(140, 130, 40, 30);
        }
        g.dispose();
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
