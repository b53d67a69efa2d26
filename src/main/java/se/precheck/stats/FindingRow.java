package se.precheck.stats;

import java.time.LocalDate;
import se.precheck.policy.Category;

/** Findings of one category on one day from one host and administration. */
public record FindingRow(LocalDate day, OfficeHost host, Administration administration, Category category, long findings) {
}
