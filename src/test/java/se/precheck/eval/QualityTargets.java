package se.precheck.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import se.precheck.policy.Category;

/** The targets of {@code quality-targets.yaml}: data, so the lead can raise them or switch them on without code. */
record QualityTargets(List<Group> groups, VerdictTargets verdicts) {

    record Group(String name, boolean enforced, Double minRecall, Double minPrecision, List<Category> categories) {
    }

    record VerdictTargets(boolean enforced, double minAccuracy, int maxStopOnOk) {
    }

    static QualityTargets load(Path file) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return yaml.readValue(file.toFile(), QualityTargets.class);
    }
}
