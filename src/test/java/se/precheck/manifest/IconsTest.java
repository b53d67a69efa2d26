package se.precheck.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The committed icons (drawn by {@link IconPainter}) in every size the manifests and the schema ask for. */
class IconsTest {

    static java.util.List<Integer> sizes() {
        return Manifests.ICON_SIZES;
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void ribbon_and_addin_icons_exist_in_every_size(int size) throws Exception {
        assertPng(Files.readAllBytes(Path.of("static/icons/icon-" + size + ".png")), size);
    }

    @Test
    void app_icons_are_192_colour_and_32_white_outline_on_transparent() throws Exception {
        assertPng(Files.readAllBytes(Path.of("static/icons/color.png")), 192);
        BufferedImage outline = assertPng(Files.readAllBytes(Path.of("static/icons/outline.png")), 32);
        for (int x = 0; x < 32; x++) {
            for (int y = 0; y < 32; y++) {
                int argb = outline.getRGB(x, y);
                int alpha = argb >>> 24;
                if (alpha > 0) {
                    assertThat(argb & 0xFFFFFF).as("outline pixel %d,%d is white", x, y).isEqualTo(0xFFFFFF);
                }
            }
        }
        assertThat(outline.getRGB(0, 0) >>> 24).as("corner is transparent").isZero();
    }

    static BufferedImage assertPng(byte[] bytes, int size) throws Exception {
        assertThat(bytes).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertThat(image.getWidth()).isEqualTo(size);
        assertThat(image.getHeight()).isEqualTo(size);
        return image;
    }
}
