package se.precheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LatencyPlotTest {

    /** A JMH result in its JSON shape, cut down to what the plot reads, in microseconds per text as EngineBenchmark reports. */
    private static final String RESULT = """
            [
              {"benchmark": "se.precheck.bench.EngineBenchmark.engine", "mode": "avgt", "params": {"size": "1024"},
               "primaryMetric": {"score": 120.5, "scoreError": 10.2, "scoreUnit": "us/op"}},
              {"benchmark": "se.precheck.bench.EngineBenchmark.engine", "mode": "avgt", "params": {"size": "1048576"},
               "primaryMetric": {"score": 98000.0, "scoreError": 5000.0, "scoreUnit": "us/op"}},
              {"benchmark": "se.precheck.bench.EngineBenchmark.regexBaseline", "mode": "avgt", "params": {"size": "1024"},
               "primaryMetric": {"score": 130.0, "scoreError": "NaN", "scoreUnit": "us/op"}},
              {"benchmark": "se.precheck.bench.EngineBenchmark.regexBaseline", "mode": "avgt", "params": {"size": "1048576"},
               "primaryMetric": {"score": 140000.0, "scoreError": 2000.0, "scoreUnit": "us/op"}}
            ]
            """;

    @Test
    void writes_a_png_of_the_expected_size_from_a_jmh_result(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("jmh-result.json");
        Files.writeString(json, RESULT);
        Path png = dir.resolve("images/latency-vs-size.png");

        LatencyPlot.write(json, png);

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(LatencyPlot.WIDTH);
        assertThat(image.getHeight()).isEqualTo(LatencyPlot.HEIGHT);
        var series = LatencyPlot.read(json);
        assertThat(series).extracting(LatencyPlot.Series::name)
                .containsExactly("Engine (Analyzer.analyze)", "Regex baseline (identifier shapes only)");
        assertThat(series.get(0).points().get(1_048_576)[0]).isEqualTo(98.0); // microseconds read as milliseconds
    }

    @Test
    void draws_a_line_per_method_and_input(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("jmh-result.json");
        Files.writeString(json, RESULT.replace("\"params\": {\"size\": \"1024\"}", "\"params\": {\"size\": \"1024\", \"input\": \"municipal\"}")
                .replace("\"params\": {\"size\": \"1048576\"}", "\"params\": {\"size\": \"1048576\", \"input\": \"news\"}"));
        Path png = dir.resolve("plot.png");

        LatencyPlot.write(json, png);

        assertThat(LatencyPlot.read(json)).extracting(LatencyPlot.Series::name).containsExactly(
                "Engine (Analyzer.analyze), municipal text, dense", "Engine (Analyzer.analyze), news prose",
                "Regex baseline (identifier shapes only), municipal text, dense", "Regex baseline (identifier shapes only), news prose");
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(LatencyPlot.WIDTH);
    }
}
