package se.precheck.stats;

import java.time.LocalDate;

/** Checks on one day from one host and administration with one verdict. */
public record CheckRow(LocalDate day, OfficeHost host, Administration administration, String verdict, long checks) {
}
