package se.precheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;

/**
 * Draws latency against text size from JMH's JSON result ({@code scripts/benchmark.sh} writes
 * {@code target/jmh-result.json}): one line per benchmark method of {@link EngineBenchmark} (the
 * engine and the regex baseline) and input (dense municipal text, ordinary news prose), both axes
 * logarithmic, average time per text with its error as a bar. Plain Java2D, no plotting library.
 * Run: {@code java -cp target/test-classes:target/classes:$(cat target/bench.classpath) se.precheck.bench.LatencyPlot [json] [png]}
 */
public final class LatencyPlot {

    static final int WIDTH = 960;
    static final int HEIGHT = 600;

    private static final int LEFT = 100;
    private static final int RIGHT = 40;
    private static final int TOP = 70;
    private static final int BOTTOM = 80;
    private static final Map<String, String> LABELS = Map.of(
            "engine", "Engine (Analyzer.analyze)",
            "regexBaseline", "Regex baseline (identifier shapes only)");
    private static final Map<String, String> INPUTS = Map.of(
            "municipal", "municipal text, dense",
            "news", "news prose");
    private static final Color[] COLORS = {new Color(0x1F5FA8), new Color(0xC8553D), new Color(0x2E8B57), new Color(0x7A4EA3),
            new Color(0x8C6D1F), new Color(0x333333)};

    /** One benchmark's points: text size in characters → latency in milliseconds (average, error). */
    record Series(String name, TreeMap<Integer, double[]> points) {
    }

    private LatencyPlot() {
    }

    public static void main(String[] args) throws IOException {
        Path json = Path.of(args.length > 0 ? args[0] : "target/jmh-result.json");
        Path png = Path.of(args.length > 1 ? args[1] : "docs/images/latency-vs-size.png");
        write(json, png);
        System.out.println("Wrote " + png);
    }

    static void write(Path json, Path png) throws IOException {
        BufferedImage image = render(read(json));
        if (png.getParent() != null) {
            Files.createDirectories(png.getParent());
        }
        ImageIO.write(image, "png", png.toFile());
    }

    /** The series in the JMH result, by benchmark method and input (if any); entries without a size parameter are skipped. */
    static List<Series> read(Path json) throws IOException {
        Map<String, TreeMap<Integer, double[]>> byMethod = new LinkedHashMap<>();
        for (JsonNode run : new ObjectMapper().readTree(json.toFile())) {
            JsonNode size = run.path("params").path("size");
            if (size.isMissingNode()) {
                continue;
            }
            String benchmark = run.path("benchmark").asText();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            String name = LABELS.getOrDefault(method, method);
            JsonNode input = run.path("params").path("input");
            if (!input.isMissingNode()) {
                name += ", " + INPUTS.getOrDefault(input.asText(), input.asText());
            }
            JsonNode metric = run.path("primaryMetric");
            double toMs = millisPer(metric.path("scoreUnit").asText());
            double score = metric.path("score").asDouble() * toMs;
            double error = metric.path("scoreError").isNumber() ? metric.path("scoreError").asDouble() * toMs : 0;
            byMethod.computeIfAbsent(name, k -> new TreeMap<>()).put(Integer.parseInt(size.asText()),
                    new double[] {score, Double.isFinite(error) ? error : 0});
        }
        List<Series> out = new ArrayList<>();
        byMethod.forEach((name, points) -> out.add(new Series(name, points)));
        return out;
    }

    /** Milliseconds per unit of a JMH average-time score unit such as "us/op". */
    private static double millisPer(String unit) {
        return switch (unit.substring(0, unit.indexOf('/') < 0 ? unit.length() : unit.indexOf('/'))) {
            case "ns" -> 1e-6;
            case "us" -> 1e-3;
            case "ms" -> 1;
            case "s" -> 1e3;
            case "min" -> 60e3;
            default -> throw new IllegalArgumentException("not an average time per operation: " + unit);
        };
    }

    static BufferedImage render(List<Series> series) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);

        Axes axes = Axes.fitting(series);
        drawGrid(g, axes);
        for (int s = 0; s < series.size(); s++) {
            drawSeries(g, axes, series.get(s), COLORS[s % COLORS.length]);
        }
        drawLegend(g, series);

        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
        centred(g, "Latency against text size (log-log)", WIDTH / 2, 36);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        centred(g, "Text size (characters; K = 1024)", LEFT + (WIDTH - LEFT - RIGHT) / 2, HEIGHT - 22);
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2);
        centred(g, "Average time per text", -(TOP + (HEIGHT - TOP - BOTTOM) / 2), 26);
        g.setTransform(saved);
        g.dispose();
        return image;
    }

    /** Logarithmic ranges covering all points. */
    private record Axes(double minX, double maxX, double minY, double maxY) {

        static Axes fitting(List<Series> series) {
            double minX = Double.MAX_VALUE, maxX = 0, minY = Double.MAX_VALUE, maxY = 0;
            for (Series s : series) {
                for (Map.Entry<Integer, double[]> p : s.points().entrySet()) {
                    minX = Math.min(minX, p.getKey());
                    maxX = Math.max(maxX, p.getKey());
                    double low = p.getValue()[0] - p.getValue()[1];
                    minY = Math.min(minY, low > 0 ? low : p.getValue()[0]);
                    maxY = Math.max(maxY, p.getValue()[0] + p.getValue()[1]);
                }
            }
            if (maxX == 0) {
                return new Axes(1024, 1 << 20, 0.01, 10_000); // nothing measured: an empty frame
            }
            // Sizes get a margin; times are aligned to whole decades.
            return new Axes(minX / 1.6, maxX * 1.6,
                    Math.pow(10, Math.floor(Math.log10(minY))), Math.pow(10, Math.ceil(Math.log10(maxY * 1.0001))));
        }

        int x(double size) {
            return LEFT + (int) Math.round((Math.log10(size) - Math.log10(minX)) / (Math.log10(maxX) - Math.log10(minX)) * (WIDTH - LEFT - RIGHT));
        }

        int y(double ms) {
            return HEIGHT - BOTTOM - (int) Math.round((Math.log10(ms) - Math.log10(minY)) / (Math.log10(maxY) - Math.log10(minY)) * (HEIGHT - TOP - BOTTOM));
        }
    }

    private static void drawGrid(Graphics2D g, Axes axes) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        BasicStroke thin = new BasicStroke(1f);
        // The benchmark's sizes: 1 K, 10 K, 100 K, 1 M characters (K = 1024).
        for (long size = 1; size <= axes.maxX(); size *= 1024) {
            for (long m = 1; m <= 100 && size * m <= axes.maxX(); m *= 10) {
                if (size * m >= axes.minX()) {
                    g.setColor(new Color(0xD0D0D0));
                    g.drawLine(axes.x(size * m), TOP, axes.x(size * m), HEIGHT - BOTTOM);
                    g.setColor(Color.DARK_GRAY);
                    g.drawLine(axes.x(size * m), HEIGHT - BOTTOM, axes.x(size * m), HEIGHT - BOTTOM + 6);
                    centred(g, sizeLabel(size * m), axes.x(size * m), HEIGHT - BOTTOM + 22);
                }
            }
        }
        for (double y = axes.minY(); y <= axes.maxY() * 1.0001; y *= 10) {
            for (int k = 1; k < 10 && y * k <= axes.maxY() * 1.0001; k++) {
                g.setColor(k == 1 ? new Color(0xD0D0D0) : new Color(0xEEEEEE));
                g.drawLine(LEFT, axes.y(y * k), WIDTH - RIGHT, axes.y(y * k));
            }
            g.setColor(Color.DARK_GRAY);
            String label = timeLabel(y);
            g.drawString(label, LEFT - 10 - g.getFontMetrics().stringWidth(label), axes.y(y) + 5);
        }
        g.setColor(Color.BLACK);
        g.setStroke(thin);
        g.drawRect(LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM);
    }

    private static void drawSeries(Graphics2D g, Axes axes, Series series, Color color) {
        g.setColor(color);
        g.setStroke(new BasicStroke(2.5f));
        int[] previous = null;
        for (Map.Entry<Integer, double[]> p : series.points().entrySet()) {
            int x = axes.x(p.getKey());
            int y = axes.y(p.getValue()[0]);
            if (previous != null) {
                g.drawLine(previous[0], previous[1], x, y);
            }
            previous = new int[] {x, y};
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (Map.Entry<Integer, double[]> p : series.points().entrySet()) {
            double mean = p.getValue()[0];
            double error = p.getValue()[1];
            int x = axes.x(p.getKey());
            int y = axes.y(mean);
            if (error > 0) {
                g.setStroke(new BasicStroke(1.5f));
                int top = axes.y(mean + error);
                int bottom = mean - error > 0 ? axes.y(mean - error) : HEIGHT - BOTTOM;
                g.drawLine(x, top, x, bottom);
                g.drawLine(x - 5, top, x + 5, top);
                g.drawLine(x - 5, bottom, x + 5, bottom);
            }
            g.fillOval(x - 5, y - 5, 10, 10);
            g.drawString(timeLabel(mean), x + 8, y - 8);
        }
    }

    private static void drawLegend(Graphics2D g, List<Series> series) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        int x = LEFT + 16;
        int y = TOP + 22;
        for (int s = 0; s < series.size(); s++) {
            g.setColor(COLORS[s % COLORS.length]);
            g.setStroke(new BasicStroke(2.5f));
            g.drawLine(x, y - 5, x + 28, y - 5);
            g.fillOval(x + 9, y - 10, 10, 10);
            g.setColor(Color.BLACK);
            g.drawString(series.get(s).name(), x + 38, y);
            y += 22;
        }
    }

    private static void centred(Graphics2D g, String text, int x, int y) {
        FontMetrics m = g.getFontMetrics();
        g.drawString(text, x - m.stringWidth(text) / 2, y);
    }

    static String sizeLabel(double characters) {
        if (characters >= 1 << 20) {
            return trim(characters / (1 << 20)) + " M";
        }
        return characters >= 1024 ? trim(characters / 1024) + " K" : trim(characters);
    }

    static String timeLabel(double ms) {
        if (ms >= 1000) {
            return trim(ms / 1000) + " s";
        }
        return ms >= 1 ? trim(ms) + " ms" : trim(ms * 1000) + " µs";
    }

    private static String trim(double value) {
        return value >= 100 || value == Math.rint(value) ? String.valueOf(Math.round(value))
                : value >= 10 ? String.format(java.util.Locale.ROOT, "%.1f", value) : String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
