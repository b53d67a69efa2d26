package se.precheck.manifest;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the add-in's icons (a white check mark on the municipal blue, rounded square) and writes them to
 * {@code static/icons/}. Run once when the design changes; {@link IconsTest} checks the committed files:
 * {@code java -cp target/test-classes se.precheck.manifest.IconPainter static/icons}.
 */
final class IconPainter {

    static final Color BLUE = new Color(0x1F, 0x5C, 0x99);

    private IconPainter() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "static/icons");
        Files.createDirectories(dir);
        for (int size : Manifests.ICON_SIZES) {
            ImageIO.write(colour(size, false), "png", dir.resolve("icon-" + size + ".png").toFile());
        }
        ImageIO.write(colour(192, true), "png", dir.resolve("color.png").toFile());
        ImageIO.write(outline(32), "png", dir.resolve("outline.png").toFile());
    }

    /** The colour icon; {@code padded} leaves the margin Teams-style app icons expect. */
    static BufferedImage colour(int size, boolean padded) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = start(image);
        double inset = padded ? size * 0.12 : size * 0.03;
        double side = size - 2 * inset;
        g.setColor(BLUE);
        g.fill(new RoundRectangle2D.Double(inset, inset, side, side, side * 0.35, side * 0.35));
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke((float) Math.max(1.6, side * 0.13), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(check(inset, side));
        g.dispose();
        return image;
    }

    /** White on transparent, as the outline icon must be. */
    static BufferedImage outline(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = start(image);
        double inset = size * 0.06;
        double side = size - 2 * inset;
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke((float) Math.max(1.5, size * 0.06)));
        g.draw(new RoundRectangle2D.Double(inset, inset, side, side, side * 0.35, side * 0.35));
        g.setStroke(new BasicStroke((float) Math.max(1.8, size * 0.1), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(check(inset, side));
        g.dispose();
        return image;
    }

    private static Path2D check(double inset, double side) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(inset + side * 0.24, inset + side * 0.53);
        p.lineTo(inset + side * 0.43, inset + side * 0.71);
        p.lineTo(inset + side * 0.77, inset + side * 0.31);
        return p;
    }

    private static Graphics2D start(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }
}
