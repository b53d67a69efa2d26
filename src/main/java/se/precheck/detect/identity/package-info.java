/**
 * Identity numbers (domain.md §1.1–1.7, §1.13): personnummer, samordningsnummer, their masked
 * and mistyped forms, organisationsnummer, reservnummer, LMA numbers, passport and ID card
 * numbers and MRZ lines. {@link se.precheck.detect.identity.IdentityDetectors#ALL} lists them.
 *
 * <h2>Written forms of a personnummer that are accepted</h2>
 * <ul>
 *   <li>{@code 19850314-1234}, {@code 198503141234}, {@code 850314-1234}, {@code 850314+1234},
 *       {@code 8503141234}: always, when the date and the Luhn digit hold.</li>
 *   <li>A space, or a dash with spaces, before the last four ({@code 850314 1234},
 *       {@code 850314 - 1234}): when the number stands alone, not in a list of space-separated
 *       numbers.</li>
 *   <li>The date in groups with the same separator between them, then the last four:
 *       {@code 1985-03-14-1234}, {@code 19 850314-1234}, {@code 85.03.14-1234},
 *       {@code 85 03 14 - 1234}. With a space before the last four ({@code 1985 03 14 1234})
 *       only next to a context word, because "2023-05-12 1030" is a date and a time.</li>
 *   <li>Digits glued to letters before them ({@code is199003052397}) count; glued to letters after
 *       them only with a context word ({@code ABC8503141234XYZ} is a product code).</li>
 * </ul>
 * A number joined by a dash, dot, plus or slash to more digits is part of a longer code and is
 * never cut out of it (Nordea's personkonto {@code 3300-850314-1234} is the one exception).
 *
 * <h2>Dates</h2>
 * Month 01–12 and a day of that month (29 February only in a leap year; for 10-digit forms any
 * year divisible by four). Day + 60 is a samordningsnummer. Month 00 or day 60 is accepted for
 * samordningsnummer only (Skatteverket's unknown birth month/day) and, written as ten bare digits,
 * only next to a context word. Month 20 or more is an organisationsnummer and never a person.
 */
package se.precheck.detect.identity;
