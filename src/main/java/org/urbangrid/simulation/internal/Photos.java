package org.urbangrid.simulation.internal;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import org.urbangrid.attachments.PhotoStore;
import org.urbangrid.organization.StaffPrincipal;

/** Small site photos (a few coloured PNGs) uploaded through the photo store as the person taking them. */
final class Photos {

    private final PhotoStore store;
    private final List<byte[]> images = new ArrayList<>();

    Photos(PhotoStore store) {
        this.store = store;
        for (int i = 0; i < 8; i++) {
            images.add(png(Color.getHSBColor(i / 8f, 0.5f, 0.8f)));
        }
    }

    /** Uploads {@code count} photos as the staff member (who must be the one acting next). */
    List<String> take(StaffPrincipal staff, int count, Random random) {
        var ids = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            ids.add(store.store(images.get(random.nextInt(images.size())), staff.id()).id());
        }
        return ids;
    }

    private static byte[] png(Color color) {
        var image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 32, 24);
        g.setColor(Color.DARK_GRAY);
        g.drawLine(0, 23, 31, 0);
        g.dispose();
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
