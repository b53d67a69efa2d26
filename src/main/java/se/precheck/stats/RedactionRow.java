package se.precheck.stats;

import java.time.LocalDate;

/** Redactions on one day in one administration. */
public record RedactionRow(LocalDate day, Administration administration, long redactions) {
}
