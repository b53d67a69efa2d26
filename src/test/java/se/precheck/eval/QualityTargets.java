package se.precheck.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import se.precheck.policy.Category;

/** The targets of {@code quality-targets.yaml}: data, so the lead can raise them or switch them on without code. */
/**
 * @param groups        per-category targets; an enforced group fails the build when missed
 * @param verdicts      the verdict targets
 * @param verdictFloors enforced regression floors for verdicts while a target is not yet met
 */
record QualityTargets(List<Group> groups, VerdictTargets verdicts, VerdictTargets verdictFloors) {

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
