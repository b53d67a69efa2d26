package se.precheck.redact;

import se.precheck.policy.Category;

/** Keeps the format, hides the identifying characters. */
final class Masks {

    private Masks() {
    }

    static String mask(Category category, String value) {
        return switch (category) {
            // The date part stays (it is what the example in the guideline shows); the individual digits go.
            case PERSONNUMMER, SAMORDNINGSNUMMER -> maskDigitsAfter(value, digitCount(value) >= 12 ? 8 : 6);
            // The last four digits are what people use to recognise their card.
            case PAYMENT_CARD -> maskDigitsBefore(value, digitCount(value) - 4);
            case EMAIL -> maskLocalPart(value);
            default -> maskDigitsAfter(value, 0);
        };
    }

    private static int digitCount(String s) {
        return (int) s.chars().filter(Character::isDigit).count();
    }

    private static String maskDigitsAfter(String value, int keep) {
        StringBuilder b = new StringBuilder(value.length());
        int seen = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.isDigit(c) && seen++ < keep ? c : '*');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String maskDigitsBefore(String value, int hide) {
        StringBuilder b = new StringBuilder(value.length());
        int seen = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            b.append(Character.isDigit(c) && seen++ < hide ? '*' : c);
        }
        return b.toString();
    }

    private static String maskLocalPart(String value) {
        int at = value.indexOf('@');
        return at <= 0 ? "*".repeat(value.length()) : "*".repeat(at) + value.substring(at);
    }
}
