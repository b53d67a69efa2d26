package se.precheck.detect;

import java.util.List;

/** The result of one check. Holds no text: spans, rules and the verdict only. */
public record Analysis(Verdict verdict, List<ReportedFinding> findings, List<Signal> signals, String policyVersion) {

    public Analysis {
        findings = List.copyOf(findings);
        signals = List.copyOf(signals);
    }
}
