package se.precheck.web;

import se.precheck.detect.Analysis;
import se.precheck.detect.Analyzer;
import se.precheck.policy.Policy;

/** The engine as the web layer calls it: {@link Analyzer#analyze}, or a stand-in in tests (a deliberately slow one). */
@FunctionalInterface
interface Engine {

    Engine DEFAULT = Analyzer::analyze;

    Analysis analyze(String text, Policy policy);
}
