package se.precheck.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import se.precheck.detect.CheckReport;
import se.precheck.policy.AdministrationProfile;

/**
 * The answer of {@code POST /api/check}: the check contract of DESIGN.md unchanged, plus an
 * optional {@code profile} beside {@code policyVersion} when the caller's administration has a
 * profile in the policy (absent otherwise). Clients that do not know the field ignore it.
 */
record CheckResponse(@JsonUnwrapped CheckReport report, @JsonInclude(JsonInclude.Include.NON_NULL) ProfileRef profile) {

    /** Which administration profile applied: its key in the policy (the department, lower case) and its name. */
    record ProfileRef(String id, String name) {
        static ProfileRef of(AdministrationProfile p) {
            return p == null ? null : new ProfileRef(p.name().trim().toLowerCase(java.util.Locale.ROOT), p.name());
        }
    }
}
