package se.precheck.detect.identity;

/**
 * The date part of a personnummer or samordningsnummer (ÅÅMMDD, with the century when the text
 * gives it) and what it says about the number.
 */
final class BirthDate {

    enum Kind {
        /** A real date: a personnummer. */
        PERSONNUMMER,
        /** Day + 60 on a real date: a samordningsnummer. */
        SAMORDNINGSNUMMER,
        /**
         * Day field 60–91 with month 00 or day 60: Skatteverket's way of writing an unknown birth
         * month or day in a samordningsnummer (170 of its 2,240 official test numbers).
         */
        SAMORDNINGSNUMMER_UNKNOWN_DATE,
        /** Month field 20 or more: an organisationsnummer, never a person. */
        ORGANISATION,
        /** Month 13–19 or a day that does not exist. */
        IMPOSSIBLE
    }

    private static final int[] DAYS = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private BirthDate() {
    }

    /**
     * @param tenDigits the 10-digit form (ÅÅMMDDNNNC) or its first six digits
     * @param century   19 for "19850314…", or -1 when the text gives only two year digits
     */
    static Kind classify(CharSequence tenDigits, int century) {
        int yy = twoDigits(tenDigits, 0);
        int mm = twoDigits(tenDigits, 2);
        int dd = twoDigits(tenDigits, 4);
        if (mm >= 20) {
            return Kind.ORGANISATION;
        }
        if (mm > 12) {
            return Kind.IMPOSSIBLE;
        }
        if (dd >= 60) {
            if (dd > 91) {
                return Kind.IMPOSSIBLE;
            }
            if (mm == 0 || dd == 60) {
                return Kind.SAMORDNINGSNUMMER_UNKNOWN_DATE;
            }
            return exists(century, yy, mm, dd - 60) ? Kind.SAMORDNINGSNUMMER : Kind.IMPOSSIBLE;
        }
        return mm >= 1 && exists(century, yy, mm, dd) ? Kind.PERSONNUMMER : Kind.IMPOSSIBLE;
    }

    /** Also used for dates written as YYYYMMDD or YYMMDD in other identifiers. */
    static boolean exists(int century, int yy, int mm, int dd) {
        if (mm < 1 || mm > 12 || dd < 1 || dd > DAYS[mm - 1]) {
            return false;
        }
        if (mm != 2 || dd != 29) {
            return true;
        }
        if (century < 0) {
            return yy % 4 == 0; // 00 is a leap year in 2000, the likeliest century
        }
        int year = century * 100 + yy;
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    static int twoDigits(CharSequence s, int at) {
        return (s.charAt(at) - '0') * 10 + (s.charAt(at + 1) - '0');
    }
}
