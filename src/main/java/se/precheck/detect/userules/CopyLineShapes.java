package se.precheck.detect.userules;

import java.util.Set;

/**
 * Line shapes that text copied from a record system keeps whatever the system's own labels are
 * (domain.md §4.2): a compact journal date, a signature at the end of an entry, a role signing
 * after a timestamp, a label followed by a date without a colon, cells of a copied table, a
 * forwarded-mail marker and a chat header. Each method looks at one line (or one cell) in a
 * bounded window and allocates nothing unless it finds its shape.
 */
final class CopyLineShapes {

    /** Professions that sign a journal entry right after its date and time. */
    private static final Set<String> ROLES = Lexicon.keys("systems/roles.txt");
    /** Forwarded-mail markers, lower case, between runs of dashes or underscores. */
    private static final String[] FORWARD_MARKERS = {"original message", "ursprungligt meddelande",
        "vidarebefordrat meddelande", "vidarebefordrat e-postmeddelande", "forwarded message", "begin forwarded message"};
    private static final int MAX_LABEL_BEFORE_DATE = 32;
    private static final int MAX_CHAT_LINE = 64;
    private static final int MAX_CELL = 32;
    static final int MAX_CELLS = 12;

    private CopyLineShapes() {
    }

    /** The first position at or after {@code from} that is not a space or a tab. */
    static int skipBlanks(String t, int from, int to) {
        int i = from;
        while (i < to && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** The end of the line's content, without trailing spaces, tabs, dots and carriage returns. */
    static int trimEnd(String t, int from, int to) {
        int e = to;
        while (e > from && (t.charAt(e - 1) == ' ' || t.charAt(e - 1) == '\t' || t.charAt(e - 1) == '\r')) {
            e--;
        }
        return e;
    }

    /** {@code yyyy-mm-dd} at {@code i}, not followed by another digit. */
    static boolean isoDateAt(String t, int i, int to) {
        if (i + 10 > to) {
            return false;
        }
        for (int k = 0; k < 10; k++) {
            char c = t.charAt(i + k);
            boolean ok = k == 4 || k == 7 ? c == '-' : c >= '0' && c <= '9';
            if (!ok) {
                return false;
            }
        }
        return i + 10 >= to || !Character.isDigit(t.charAt(i + 10));
    }

    /**
     * The end of a compact journal date {@code yymmdd} opening a line ("250114 Tel från skolan"),
     * or -1. A plausible month and day, then a space, a tab or a colon: not a number with a dash.
     */
    static int compactDateEnd(String t, int from, int to) {
        int i = skipBlanks(t, from, to);
        if (i + 7 > to) {
            return -1;
        }
        for (int k = 0; k < 6; k++) {
            if (!Character.isDigit(t.charAt(i + k))) {
                return -1;
            }
        }
        char after = t.charAt(i + 6);
        if (after != ' ' && after != '\t' && after != ':') {
            return -1;
        }
        int month = (t.charAt(i + 2) - '0') * 10 + t.charAt(i + 3) - '0';
        int day = (t.charAt(i + 4) - '0') * 10 + t.charAt(i + 5) - '0';
        return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? i + 6 : -1;
    }

    /**
     * The start of a signature closing the line, or -1: "… Lapp lämnad. Sign. KJ", "… /UL". Two to
     * four capitals after "Sign." or after a slash that follows a space.
     */
    static int signatureAtEnd(String t, int from, int to) {
        int e = to;
        while (e > from && (t.charAt(e - 1) == ' ' || t.charAt(e - 1) == '\t' || t.charAt(e - 1) == '.' || t.charAt(e - 1) == '\r')) {
            e--;
        }
        int s = e;
        while (s > from && e - s < 5 && Character.isUpperCase(t.charAt(s - 1))) {
            s--;
        }
        int caps = e - s;
        if (caps < 2 || caps > 4 || s > from && Character.isLetterOrDigit(t.charAt(s - 1)) && t.charAt(s - 1) != ' ') {
            return -1;
        }
        int i = s;
        while (i > from && s - i < 2 && t.charAt(i - 1) == ' ') {
            i--;
        }
        if (i > from && t.charAt(i - 1) == '/') {
            int slash = i - 1;
            boolean alone = slash == from || t.charAt(slash - 1) == ' ' || t.charAt(slash - 1) == '\t';
            return alone ? slash : -1;
        }
        if (i > from && t.charAt(i - 1) == '.') {
            i--;
        }
        int word = i - 4;
        if (word >= from && t.regionMatches(true, word, "sign", 0, 4) && (word == from || !Character.isLetter(t.charAt(word - 1)))) {
            return word;
        }
        return -1;
    }

    /** After a journal timestamp: a role and a capitalised name ("Sjuksköterska Maja Eng", "Dr. Klas Hed"). */
    static boolean roleSigns(String t, int from, int to) {
        int i = from;
        while (i < to && i - from < 6 && " \t|,-".indexOf(t.charAt(i)) >= 0) {
            i++;
        }
        int w = i;
        while (i < to && i - w < 24 && (Character.isLetter(t.charAt(i)) || t.charAt(i) == '-')) {
            i++;
        }
        if (i == w || !ROLES.contains(Lexicon.key(t.substring(w, i)))) {
            return false;
        }
        while (i < to && (t.charAt(i) == '.' || t.charAt(i) == ' ' || t.charAt(i) == ',')) {
            i++;
        }
        return i + 1 < to && Character.isUpperCase(t.charAt(i)) && Character.isLowerCase(t.charAt(i + 1));
    }

    /**
     * A label of one to three words and a date without a colon between them ("Signerad
     * 2024-10-02 11:20", "Händelse 2025-01-22 Telefon", "Fr.o.m. 2025-01-13"): the end of the
     * label's words, or -1. {@code from} is where a line or a cell starts.
     */
    static int labelBeforeDateEnd(String t, int from, int to) {
        int s = skipBlanks(t, from, to);
        int limit = Math.min(to, s + MAX_LABEL_BEFORE_DATE);
        if (s >= limit || !Character.isLetter(t.charAt(s))) {
            return -1;
        }
        int words = 1;
        int i = s;
        while (i < limit) {
            char c = t.charAt(i);
            if (c == ' ' || c == '\t') {
                int next = skipBlanks(t, i, to);
                if (isoDateAt(t, next, to)) {
                    return i;
                }
                if (++words > 3 || next - i > 3) {
                    return -1;
                }
                i = next;
            } else if (Character.isLetter(c) || c == '.' || c == '-') {
                i++;
            } else {
                return -1;
            }
        }
        return -1;
    }

    /** The forwarded-mail marker on this line ("-----Original Message-----"), as its span end, or -1. */
    static int forwardMarkerEnd(String t, int from, int to) {
        int s = skipBlanks(t, from, to);
        int i = s;
        while (i < to && i - s < 20 && (t.charAt(i) == '-' || t.charAt(i) == '_')) {
            i++;
        }
        boolean dashes = i - s >= 2;
        i = skipBlanks(t, i, to);
        for (String m : FORWARD_MARKERS) {
            if (t.regionMatches(true, i, m, 0, m.length()) && (dashes || m.startsWith("begin"))) {
                return trimEnd(t, i, to);
            }
        }
        return -1;
    }

    /**
     * A chat message header on a line of its own, name first ("Lisa Öberg 09:12", "Tom Berg
     * 10:05 AM", "Anna Lind, igår 14:03"): the start of the time, or -1.
     */
    static int chatTimeStart(String t, int from, int to) {
        int s = skipBlanks(t, from, to);
        int e = trimEnd(t, s, to);
        if (e - s > MAX_CHAT_LINE || e - s < 8 || !Character.isUpperCase(t.charAt(s))) {
            return -1;
        }
        int timeEnd = e;
        char last = t.charAt(e - 1);
        if (last == 'M' || last == 'm') {
            timeEnd = e - 2;
            while (timeEnd > s && t.charAt(timeEnd - 1) == ' ') {
                timeEnd--;
            }
        }
        int timeStart = timeEnd - 5;
        if (timeStart > s && Character.isDigit(t.charAt(timeStart)) && t.charAt(timeStart + 2) == ':') {
            // "09:12"
        } else if (timeEnd - 4 > s && t.charAt(timeEnd - 3) == ':') {
            timeStart = timeEnd - 4;
        } else {
            return -1;
        }
        if (!(Character.isDigit(t.charAt(timeStart)) && Character.isDigit(t.charAt(timeEnd - 1)) && Character.isDigit(t.charAt(timeEnd - 2)))
                || timeStart > s && Character.isDigit(t.charAt(timeStart - 1))) {
            return -1;
        }
        // Two or three capitalised name words (after redaction "Person 1"), then an optional day word or date.
        int i = s;
        int names = 0;
        while (i < timeStart && names < 3 && (Character.isUpperCase(t.charAt(i)) || names == 1 && Character.isDigit(t.charAt(i)) && t.startsWith("Person ", s))) {
            int w = i;
            boolean number = Character.isDigit(t.charAt(i));
            i++;
            while (i < timeStart && (number ? Character.isDigit(t.charAt(i)) : Character.isLowerCase(t.charAt(i)))) {
                i++;
            }
            if (i - w < 2 && !number || number && (i - w > 4 || i >= timeStart || t.charAt(i) != ' ' && t.charAt(i) != ',')) {
                return -1;
            }
            names++;
            while (i < timeStart && (t.charAt(i) == ' ' || t.charAt(i) == ',')) {
                i++;
            }
        }
        if (names < 2) {
            return -1;
        }
        if (i < timeStart) {
            String rest = Lexicon.key(t.substring(i, timeStart).replace(',', ' '));
            boolean day = rest.equals("igår") || rest.equals("i går") || rest.equals("idag") || rest.equals("i dag")
                    || rest.equals("yesterday") || rest.equals("today") || rest.matches("\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}");
            if (!day) {
                return -1;
            }
        }
        return timeStart;
    }

    /** Cell boundaries of a tab-separated line: starts and ends of the non-empty cells, at most {@code starts.length}. */
    static int cells(String t, int from, int to, int[] starts, int[] ends) {
        int n = 0;
        int cellStart = from;
        for (int i = from; i <= to && n < starts.length; i++) {
            if (i == to || t.charAt(i) == '\t') {
                int s = skipBlanks(t, cellStart, i);
                int e = trimEnd(t, s, i);
                if (e > s) {
                    starts[n] = s;
                    ends[n] = e;
                    n++;
                }
                cellStart = i + 1;
            }
        }
        return n;
    }

    /**
     * Whether a table cell is a short heading: starts with a letter, no colon, at most {@link
     * #MAX_CELL} characters; or a redaction placeholder ("[HÄLSA 1]"), so that a redacted copy
     * still shows its columns.
     */
    static boolean headingCell(String t, int s, int e) {
        if (e - s <= MAX_CELL && t.charAt(s) == '[' && t.charAt(e - 1) == ']') {
            return true;
        }
        if (e - s > MAX_CELL || !Character.isLetter(t.charAt(s))) {
            return false;
        }
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            if (c == ':' || Character.isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the line holds a digit (a data row under a column header). */
    static boolean hasDigit(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isDigit(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
