package se.precheck.detect;

/** Check-digit algorithms used by Swedish and international identifiers. */
public final class Checksums {

    private Checksums() {
    }

    /** Luhn (mod 10, weights 2,1 from the right-most but one) over a string of ASCII digits. */
    public static boolean luhn(CharSequence digits) {
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            if (doubleIt) {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return digits.length() > 0 && sum % 10 == 0;
    }

    /** ISO 13616 mod-97 check of an IBAN written without spaces. */
    public static boolean iban(CharSequence iban) {
        if (iban.length() < 5) {
            return false;
        }
        int remainder = 0;
        for (int k = 0; k < iban.length(); k++) {
            char c = iban.charAt((k + 4) % iban.length());
            int value;
            if (c >= '0' && c <= '9') {
                value = c - '0';
                remainder = (remainder * 10 + value) % 97;
            } else if (c >= 'A' && c <= 'Z') {
                value = c - 'A' + 10;
                remainder = (remainder * 100 + value) % 97;
            } else {
                return false;
            }
        }
        return remainder == 1;
    }

    /** Only the ASCII digits of a string. */
    public static String digits(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') b.append(c);
        }
        return b.toString();
    }
}
