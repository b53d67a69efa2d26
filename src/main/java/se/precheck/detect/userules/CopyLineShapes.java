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
    private static final int MAX_REPLY_LINE = 160;
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
        return tenCharDateAt(t, i, to, '-', 4, 7);
    }

    /** Ten characters of digits with {@code sep} at the two given places, not followed by another digit. */
    private static boolean tenCharDateAt(String t, int i, int to, char sep, int firstSep, int secondSep) {
        if (i + 10 > to) {
            return false;
        }
        for (int k = 0; k < 10; k++) {
            char c = t.charAt(i + k);
            boolean ok = k == firstSep || k == secondSep ? c == sep : c >= '0' && c <= '9';
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

    /**
     * The line a mail program puts above a quoted reply ("Den mån 3 mars 2025 kl 14:02 skrev Anna
     * Lind &lt;anna@example.com&gt;:", "On Mon, Mar 3, 2025 at 2:02 PM Anna wrote:"): its end, or
     * -1. It opens with "Den"/"On", holds a time and "skrev", and ends with a colon ("wrote:").
     */
    static int replyAttributionEnd(String t, int from, int to) {
        int s = skipBlanks(t, from, to);
        int e = trimEnd(t, s, to);
        if (e - s > MAX_REPLY_LINE || e - s < 16) {
            return -1;
        }
        boolean opens = t.regionMatches(true, s, "den ", 0, 4) || t.regionMatches(true, s, "on ", 0, 3);
        boolean closes = t.charAt(e - 1) == ':' && (t.regionMatches(true, e - 6, "wrote:", 0, 6) || t.substring(s, e).contains(" skrev "));
        if (!opens || !closes) {
            return -1;
        }
        for (int i = s + 1; i < e - 1; i++) {
            if (t.charAt(i) == ':' && Character.isDigit(t.charAt(i - 1)) && Character.isDigit(t.charAt(i + 1))) {
                return e;
            }
        }
        return -1;
    }

    /**
     * Whether the line closes with a capitalised name of two or three words after a separator
     * ("… Telefonsamtal - Lisa Holm", "… | Per Ek", "…, Anna Berg"): who wrote the entry.
     */
    static boolean nameClosesLine(String t, int from, int to) {
        int e = trimEnd(t, from, to);
        int i = e;
        int words = 0;
        while (words < 3) {
            int w = i;
            while (w > from && Character.isLowerCase(t.charAt(w - 1))) {
                w--;
            }
            if (w == from || i - w < 1 || !Character.isUpperCase(t.charAt(w - 1))) {
                break;
            }
            w--;
            words++;
            i = w;
            if (i > from && t.charAt(i - 1) == ' ' && i - 1 > from && Character.isLetter(t.charAt(i - 2))) {
                i--;
            } else {
                break;
            }
        }
        if (words < 2) {
            return false;
        }
        int j = i;
        while (j > from && t.charAt(j - 1) == ' ') {
            j--;
        }
        return j > from && j < i && "-|,/".indexOf(t.charAt(j - 1)) >= 0;
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
        return cells(t, from, to, '\t', starts, ends);
    }

    /**
     * The cell separator of an exported list row, or 0: a tab, else a semicolon or a pipe twice
     * or more, else a comma twice or more with no space after any (a CSV file, not a sentence).
     */
    static char separator(String t, int from, int to) {
        int semis = 0;
        int pipes = 0;
        int commas = 0;
        boolean commaSpace = false;
        for (int i = from; i < to; i++) {
            switch (t.charAt(i)) {
                case '\t' -> {
                    return '\t';
                }
                case ';' -> semis++;
                case '|' -> pipes++;
                case ',' -> {
                    commas++;
                    commaSpace |= i + 1 < to && t.charAt(i + 1) == ' ';
                }
                default -> {
                }
            }
        }
        if (semis >= 2) {
            return ';';
        }
        if (pipes >= 2) {
            return '|';
        }
        if (commas >= 2 && !commaSpace) {
            return ',';
        }
        return wideGaps(t, from, to) >= 2 ? ' ' : 0;
    }

    /** Runs of two or more spaces between words: columns of a PDF print-out laid out with spaces. */
    private static int wideGaps(String t, int from, int to) {
        int s = skipBlanks(t, from, to);
        int e = trimEnd(t, s, to);
        int gaps = 0;
        for (int i = s + 1; i < e; i++) {
            if (t.charAt(i) == ' ' && t.charAt(i - 1) == ' ' && (i + 1 >= e || t.charAt(i + 1) != ' ')) {
                gaps++;
            }
        }
        return gaps;
    }

    /**
     * Cell boundaries of a line split at {@code sep} (a space stands for a run of two or more):
     * starts and ends of the non-empty cells.
     */
    static int cells(String t, int from, int to, char sep, int[] starts, int[] ends) {
        int n = 0;
        int cellStart = from;
        for (int i = from; i <= to && n < starts.length; i++) {
            boolean split = i == to || t.charAt(i) == sep && (sep != ' ' || i + 1 < to && t.charAt(i + 1) == ' ');
            if (split) {
                int s = skipBlanks(t, cellStart, i);
                int e = trimEnd(t, s, i);
                if (e - s >= 2 && t.charAt(s) == '"' && t.charAt(e - 1) == '"') {
                    // A quoted CSV field.
                    s++;
                    e--;
                }
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

    /**
     * A label and its value laid out with a leader instead of a colon ("Händelsedatum ......
     * 2025-03-07", "Utförare      Robin Åkesson"): one to three words, then three or more dots or
     * spaces, then a value. The end of the label's words, or -1.
     */
    static int leaderLabelEnd(String t, int from, int to) {
        int s = skipBlanks(t, from, to);
        int limit = Math.min(to, s + MAX_LABEL_BEFORE_DATE);
        if (s >= limit || !Character.isLetter(t.charAt(s))) {
            return -1;
        }
        int words = 1;
        int i = s;
        while (i < limit) {
            char c = t.charAt(i);
            if (Character.isLetter(c) || c == '-' || c == '/' || c == '.' && i + 1 < to && t.charAt(i + 1) != '.') {
                i++;
                continue;
            }
            if (c != ' ' && c != '.') {
                return -1;
            }
            int gap = i;
            int dots = 0;
            int spaces = 0;
            while (gap < to && gap - i < 80 && (t.charAt(gap) == ' ' || t.charAt(gap) == '.')) {
                if (t.charAt(gap) == '.') {
                    dots++;
                } else {
                    spaces++;
                }
                gap++;
            }
            if (dots >= 3 || spaces >= 3 && dots == 0) {
                return gap < to && t.charAt(gap) != '\t' ? i : -1;
            }
            if (dots > 0 || spaces > 1 || ++words > 3) {
                return -1;
            }
            i = gap;
        }
        return -1;
    }

    /**
     * A line that is only a field label, as a browser shows a record with the value on the next
     * line ("Händelsedatum" / "2025-03-04"): one to three words, at most {@link #MAX_CELL}
     * characters, an optional colon. The end of the label's words, or -1; the caller looks it up.
     */
    static int bareLabelEnd(String t, int from, int to) {
        int s = skipBlanks(t, from, to);
        int e = trimEnd(t, s, to);
        if (e > s && t.charAt(e - 1) == ':') {
            e--;
        }
        if (e - s < 3 || e - s > MAX_CELL || !Character.isLetter(t.charAt(s))) {
            return -1;
        }
        int words = 1;
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            if (c == ' ') {
                if (++words > 3 || t.charAt(i - 1) == ' ') {
                    return -1;
                }
            } else if (!Character.isLetter(c) && c != '.' && c != '-' && c != '/') {
                return -1;
            }
        }
        return e;
    }

    /**
     * A system's timestamp in the line: {@code yyyy-mm-dd hh:mm} or {@code dd.mm.yyyy hh:mm}
     * (seconds allowed), with a colon in the time as systems write it ("kl. 14.35" is how people
     * write). Fills {@code out} with its start and end and returns true when found.
     */
    static boolean timestamp(String t, int from, int to, int[] out) {
        for (int i = from; i + 16 <= to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9' || i > from && Character.isLetterOrDigit(t.charAt(i - 1))) {
                continue;
            }
            int dateEnd = isoDateAt(t, i, to) ? i + 10 : dottedDateAt(t, i, to) ? i + 10 : -1;
            if (dateEnd < 0) {
                continue;
            }
            int k = dateEnd;
            if (k < to && (t.charAt(k) == ' ' || t.charAt(k) == 'T')) {
                k++;
            } else {
                continue;
            }
            int timeEnd = timeAt(t, k, to);
            if (timeEnd > 0) {
                out[0] = i;
                out[1] = timeEnd;
                return true;
            }
        }
        return false;
    }

    /** {@code dd.mm.yyyy} at {@code i}. */
    private static boolean dottedDateAt(String t, int i, int to) {
        return tenCharDateAt(t, i, to, '.', 2, 5);
    }

    /** {@code h:mm}, {@code hh:mm} or {@code hh:mm:ss} at {@code i}: its end, or -1. */
    private static int timeAt(String t, int i, int to) {
        int k = i;
        while (k < to && k - i < 2 && Character.isDigit(t.charAt(k))) {
            k++;
        }
        if (k == i || k + 3 > to || t.charAt(k) != ':' || !Character.isDigit(t.charAt(k + 1)) || !Character.isDigit(t.charAt(k + 2))) {
            return -1;
        }
        k += 3;
        if (k + 3 <= to && t.charAt(k) == ':' && Character.isDigit(t.charAt(k + 1)) && Character.isDigit(t.charAt(k + 2))) {
            k += 3;
        }
        return k < to && Character.isDigit(t.charAt(k)) ? -1 : k;
    }

    /**
     * Who made an entry, after its date: " av Karin Lund", " by J. Ek", " av KL" — the end of
     * "av"/"by" when a capitalised word or initials follow, or -1. {@code from} is just after the
     * date or the time.
     */
    static int byAfter(String t, int from, int to) {
        int i = skipBlanks(t, from, to);
        if (i + 4 > to || !(t.regionMatches(true, i, "av", 0, 2) || t.regionMatches(true, i, "by", 0, 2)) || t.charAt(i + 2) != ' ') {
            return -1;
        }
        int name = skipBlanks(t, i + 2, to);
        return name < to && Character.isUpperCase(t.charAt(name)) ? i + 2 : -1;
    }

    /**
     * The words of a label that ends in "av"/"by" with no colon, opening the line and followed by
     * a capitalised name ("Ändrad av Nadia Salem 2025-03-02 14:12"): its end, or -1. The caller
     * looks the words up and wants a timestamp on the line.
     */
    static int byLabelEnd(String t, int from, int to) {
        int s = skipBlanks(t, from, to);
        int limit = Math.min(to, s + MAX_LABEL_BEFORE_DATE);
        int words = 0;
        int i = s;
        while (i < limit && words < 4) {
            int w = i;
            while (i < limit && (Character.isLetter(t.charAt(i)) || t.charAt(i) == '.')) {
                i++;
            }
            if (i == w || i >= to || t.charAt(i) != ' ') {
                return -1;
            }
            words++;
            if (words >= 2 && i - w == 2 && (t.regionMatches(true, w, "av", 0, 2) || t.regionMatches(true, w, "by", 0, 2))) {
                int name = skipBlanks(t, i, to);
                return name < to && Character.isUpperCase(t.charAt(name)) ? i : -1;
            }
            i = skipBlanks(t, i, to);
        }
        return -1;
    }

    /**
     * A breadcrumb trail of a web system ("Individ > Journal > Anteckning", "Start › Elever › 8C
     * › Dokumentation"): three or more crumbs of one to four short words between separators;
     * with the plain "&gt;" each a capitalised view name. Adds the spans of the trail to
     * {@code out}, leaving out later crumbs of two or more capitalised words, which may be a
     * person's name for the name detector; returns whether the line is a trail.
     */
    static boolean breadcrumb(String t, int from, int to, java.util.List<int[]> out) {
        int s = skipBlanks(t, from, to);
        int e = trimEnd(t, s, to);
        int crumbs = 0;
        boolean typographic = false;
        int[] cs = new int[MAX_CELLS];
        int[] ce = new int[MAX_CELLS];
        int cellStart = s;
        for (int i = s; i <= e; i++) {
            char c = i < e ? t.charAt(i) : '>';
            if (c != '>' && c != '\u203A' && c != '\u00BB') {
                char p = i < e ? c : ' ';
                if (p == '.' || p == '?' || p == '!' || p == ',' || p == ':' || p == ';' || p == '<' || p == '=') {
                    return false;
                }
                continue;
            }
            typographic |= c != '>';
            int a = skipBlanks(t, cellStart, i);
            int b = trimEnd(t, a, i);
            if (b - a < 1 || b - a > 30 || crumbs >= MAX_CELLS || spaces(t, a, b) > 3) {
                return false;
            }
            cs[crumbs] = a;
            ce[crumbs] = b;
            crumbs++;
            cellStart = i + 1;
        }
        if (crumbs < 3) {
            return false;
        }
        // With the plain ">" every crumb is a capitalised view name: "Pris > 100 kr > rabatt" compares.
        for (int k = 0; k < crumbs && !typographic; k++) {
            if (!Character.isUpperCase(t.charAt(cs[k]))) {
                return false;
            }
        }
        int segStart = -1;
        int segEnd = -1;
        for (int k = 0; k < crumbs; k++) {
            // The first crumb is the system or its module ("Heroma Självservice"), never a person.
            if (k > 0 && capitalisedWords(t, cs[k], ce[k]) >= 2) {
                if (segStart >= 0) {
                    out.add(new int[] {segStart, segEnd});
                }
                segStart = -1;
                continue;
            }
            if (segStart < 0) {
                segStart = cs[k];
            }
            segEnd = ce[k];
        }
        if (segStart >= 0) {
            out.add(new int[] {segStart, segEnd});
        }
        return true;
    }

    private static int spaces(String t, int a, int b) {
        int n = 0;
        for (int i = a; i < b; i++) {
            n += t.charAt(i) == ' ' ? 1 : 0;
        }
        return n;
    }

    private static int capitalisedWords(String t, int a, int b) {
        int n = 0;
        for (int i = a; i < b; i++) {
            if (Character.isUpperCase(t.charAt(i)) && (i == a || t.charAt(i - 1) == ' ') && i + 1 < b && Character.isLowerCase(t.charAt(i + 1))) {
                n++;
            }
        }
        return n;
    }
}
