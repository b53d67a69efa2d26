package se.precheck.web;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one JSON mapper of the service and the command line, so both write the same contract. */
public final class Json {

    /** Bounded nesting: a request is a flat object; deep nesting is an attack, not a check. */
    public static final int MAX_DEPTH = 64;

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxStringLength(64 * 1024 * 1024)
                .build());
    }

    private Json() {
    }
}
