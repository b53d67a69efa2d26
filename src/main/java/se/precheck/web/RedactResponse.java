package se.precheck.web;

import java.util.List;
import se.precheck.detect.CheckReport;
import se.precheck.redact.MappingEntry;

/** The answer of {@code POST /api/redact}: the redacted text, its own check, and the full mapping. */
record RedactResponse(String text, String verdict, List<CheckReport.Item> findings, List<CheckReport.SignalItem> signals,
                      List<MappingEntry> mapping, String policyVersion) {

    static RedactResponse of(String text, CheckReport recheck, List<MappingEntry> mapping) {
        return new RedactResponse(text, recheck.verdict(), recheck.findings(), recheck.signals(), mapping, recheck.policyVersion());
    }
}
