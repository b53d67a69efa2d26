package se.precheck.detect;

import java.util.List;
import se.precheck.policy.Localized;

/** A conclusion drawn from several findings together, e.g. quasi-identifiers that combine to identify someone. */
public record Signal(String kind, List<String> findingIds, Localized explanation) {

    public Signal {
        findingIds = List.copyOf(findingIds);
    }
}
