package se.precheck.detect.userules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.precheck.detect.ContextWords;
import se.precheck.detect.Detector;
import se.precheck.detect.Finding;
import se.precheck.detect.NormalizedText;
import se.precheck.detect.userules.TraceEvidence.Kind;
import se.precheck.detect.userules.TraceEvidence.Trace;
import se.precheck.policy.Category;
import se.precheck.policy.Policy;

/**
 * Traces of text copied from a case, journal, school, HR or register system (the guideline's
 * "Du är ansvarig": never copy text from another system into Copilot; traces in domain.md §4.2).
 *
 * <p>Each trace carries a weight; their sum decides. A print header, a signature line, two journal
 * labels or a run of case-like "Label: value" lines reach {@link #STRONG_SCORE} and every trace is
 * reported under the strong rule. Less, such as a system name in prose or an e-mail header block,
 * gives weak findings (review). Spans are the trace itself (the label, the header phrase, the
 * system name), never the values after a label, so names and numbers there are left to their own
 * detectors and stay redactable.
 */
public final class SystemCopyDetector implements Detector {

    static final String STRONG_RULE = "DU-systemkopia";
    static final String WEAK_RULE = "DU-systemkopia-svag";

    static final double STRONG_SCORE = 3.0;
    private static final double MIN_SCORE = 1.0;
    private static final double STRONG_CONFIDENCE = 0.85;
    private static final double WEAK_CONFIDENCE = 0.65;
    private static final int MAX_FINDINGS = 100;
    /** Only the start of a line can be a header, a label or a heading; long lines are prose. */
    private static final int LINE_HEAD = 300;
    private static final int MAX_HEADING = 60;
    private static final int MIN_RUN = 3;
    private static final double RUN_ALONE = 0.9;

    private static final double SIGNATURE = 3.0;
    private static final double RECORD_LABEL = 1.5;
    private static final double DOCUMENT_LABEL = 0.5;
    static final double PAGE_MARK = 1.0;
    static final double TIMESTAMP_SIGNED = 3.0;
    private static final double TIMESTAMP = 0.75;
    static final double SPECIFIC_HEADING = 1.5;
    private static final double GENERIC_HEADING = 0.5;
    /** A system named in prose: "jag får inget svar i Heroma" is no copy; it only adds to real traces. */
    static final double SYSTEM_NAME = 0.5;
    /** A line headed by a system name and a module or view: "Skola24 - Frånvarorapport". */
    static final double SYSTEM_HEADER = 1.5;
    private static final double FORM_LABEL = 0.5;
    private static final int MAX_SYSTEM_HEADER = 80;
    private static final int SOURCE_REACH = 60;
    static final double EMAIL_BLOCK = 1.0;
    static final double CHAT = 1.0;
    static final double CRUMB = 1.0;
    /** A column-header row with two or more record fields above a data row: a list copied from a system. */
    static final double TABLE = 3.0;
    /** A column-header row with one record field: supports other traces. */
    static final double COLUMNS = 1.0;
    private static final int MIN_CHAT_LINES = 2;
    private static final int MAX_CELL_LABELS = 8;

    private static final Set<String> SIGNATURE_LABELS = Lexicon.keys("systems/labels-signature.txt");
    private static final Set<String> RECORD_LABELS = Lexicon.keys("systems/labels-record.txt");
    private static final Set<String> DOCUMENT_LABELS = Lexicon.keys("systems/labels-document.txt");
    private static final Set<String> FORM_LABELS = Lexicon.keys("systems/labels-form.txt");
    private static final Set<String> EVERYDAY_LABELS = Lexicon.keys("systems/labels-everyday.txt");
    private static final Set<String> EMAIL_LABELS = Lexicon.keys("systems/labels-email.txt");
    private static final Map<String, Double> INTRANET_LABELS = weighted("systems/labels-intranet.txt");
    /** The first letters of the intranet labels, upper and lower case. */
    private static final String INTRANET_STARTS = firstLetters(INTRANET_LABELS.keySet());
    /** Everyday labels that are record fields too: reported inside a copied block of label lines. */
    private static final Set<String> BLOCK_LABELS = Lexicon.keys("systems/labels-block.txt");
    /** Column names of lists copied from a system (besides the record and form labels). */
    private static final Set<String> COLUMN_NAMES = Lexicon.keys("systems/columns.txt");
    /** Labels whose value is a journal heading: the VIPS keyword of an entry ("Sökord: Aktuellt"). */
    private static final Set<String> KEYWORD_LABELS = Set.of("sökord", "term", "journalrubrik");
    private static final Set<String> SPECIFIC_HEADINGS = Lexicon.keys("systems/headings-specific.txt");
    /** States of a record entry shown in a "Status:" field. */
    private static final Set<String> RECORD_STATUSES = Lexicon.keys("systems/record-statuses.txt");
    private static final int MAX_STATUS = 24;
    private static final Set<String> GENERIC_HEADINGS = Lexicon.keys("systems/headings-generic.txt");

    private static final WordStartMatcher SYSTEM_NAMES = systemNames(false);
    private static final WordStartMatcher AMBIGUOUS_SYSTEM_NAMES = systemNames(true);
    /** ASCII letters and digits, for the word-start scan's fast path. */
    private static final boolean[] ASCII_WORD = asciiWordChars();
    private static final NameGate NAMES_GATE = NameGate.of(Lexicon.lines("systems/system-names.txt"));
    private static final ContextWords SYSTEM_CONTEXT = new ContextWords(Set.copyOf(Lexicon.lines("systems/system-context.txt")));

    /**
     * "Label:" at the start of a line, after a tab or after two or more spaces (columns laid out
     * with spaces), then a value or the line end.
     */
    private static final Pattern LABEL_AT = Pattern.compile(
            "(\\p{L}(?:[\\p{L}\\p{N}./()&-]|[ ](?! )){0,38}+):(?=[ \\t]|$)");
    // "Utskrift från Treserva", "Utskrivet 2025-02-11 av …", "Kopierat från Heroma:", "Utdrag ur journalen"
    private static final Pattern PRINT_HEADER = Pattern.compile(
            "^[ \\t]{0,8}+(?i:utskrift(?:en)?\\s{1,3}+från|utskriven?t?\\s{1,3}+(?:av|den|från|\\d{4}-\\d{2}-\\d{2})"
                    + "|(?:kopierat?|klistrat?|inklistrat?|hämtat?|exporterat?)\\s{1,3}+(?:in\\s{1,3}+)?(?:från|ur)|utdrag\\s{1,3}+(?:ur|från))"
                    + "(?:\\s{1,3}+[\\p{L}\\p{N}]{1,30}+){0,2}+");
    private static final Pattern PRINT_FROM_WORD = Pattern.compile("[ \\t]{0,8}+(?i:utskrift(?:en)?|utskriven?t?)\\s{1,3}+(?i:från)\\s{1,3}+(?=\\p{L})");
    private static final Pattern PAGE = Pattern.compile(
            "(?<![\\p{L}])(?i:sida|sid\\.?|page)\\s{0,3}+\\d{1,4}+\\s{0,3}+(?:\\(\\s{0,2}+\\d{1,4}+\\s{0,2}+\\)|(?i:av|of)\\s{1,3}+\\d{1,4}+|/\\s{0,2}+\\d{1,4}+)(?!\\d)");
    private static final Pattern UNSIGNED = Pattern.compile("(?<![\\p{L}])(?i:osignerad|ej\\s{1,3}+signerad)(?![\\p{L}])");
    private static final Pattern DECISION_VALUE = Pattern.compile("(?i)[ \\t]{0,8}+(?:beviljas|beviljad|bevilja|avslås|avslag|bifall|bifalls|delvis\\s{1,3}+bifall|granted|rejected|denied)(?![\\p{L}])");
    /** "Journalutskrift", "Aktutskrift 2025-03-01", "Ärendeutdrag": a system's own name for a print-out. */
    private static final Pattern PRINTOUT = Pattern.compile(
            "^[ \\t]{0,8}+(?i:journal|akt|ärende|individ|elev|personal|dokument|register|diarie)(?:utskrift|utdrag)(?![\\p{L}])");
    private static final String PRINTOUT_STARTS = "jaäiepdrJAÄIEPDR";
    /** Buttons and attachment marks copied with a web system's page. */
    private static final Set<String> PAGE_CONTROLS = Lexicon.keys("systems/page-controls.txt");
    private static final String CONTROL_STARTS = firstLetters(PAGE_CONTROLS);
    private static final int MAX_CONTROLS_LINE = 48;
    /** The first letters of the print header's words (utskrift, kopierat, inklistrat, hämtat, exporterat, utdrag). */
    private static final String PRINT_STARTS = "ukihe";
    private static final Pattern TIMESTAMP_LINE = Pattern.compile(
            "^[ \\t]{0,8}+(\\d{4}-\\d{2}-\\d{2}(?:[ ,]{1,3}+(?:kl\\.?\\s{0,2}+)?\\d{1,2}[:.]\\d{2})?)(?!\\d)");
    /** "Gäller fr.o.m. 2024-01-01" has no colon in many systems. */
    private static final Pattern VALID_FROM = Pattern.compile(
            "^[ \\t]{0,8}+(?i:gäller\\s{1,3}+(?:fr\\.?\\s?o\\.?\\s?m\\.?|t\\.?\\s?o\\.?\\s?m\\.?|from|tom|till\\s{1,3}+och\\s{1,3}+med))(?=\\s{0,3}+[:\\d])");
    /**
     * The user says where the text comes from, just before a system name: "klistrat in från",
     * "kopierade det här ur", "hämtat ur", "detta kommer från", "copied from".
     */
    private static final Pattern SOURCE_PHRASE = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:kopiera\\p{L}{0,4}+|klistra\\p{L}{0,4}+|inklistra\\p{L}{0,4}+|hämta\\p{L}{0,4}+|exportera\\p{L}{0,4}+"
                    + "|kommer|tog|tagit|taget|copied|pasted|exported|taken|comes)"
                    + "(?:\\s{1,3}+[\\p{L}]{1,12}+){0,3}?\\s{1,3}+(?:från|ur|ifrån|from|out\\s{1,3}+of)\\s{1,3}+$");
    /** "Källa: Heroma Rapport …": an export names its source as a label. */
    private static final Pattern SOURCE_LABEL = Pattern.compile("(?iu)(?<![\\p{L}])(?:källa|source|datakälla)\\s{0,2}+:\\s{0,3}+$");
    /** After a system name at the head of a line: a module or view name follows a separator. */
    private static final Pattern HAS_TIME = Pattern.compile("[:.]\\d{2}$");
    /** After a journal timestamp: "Anna Andersson, socialsekreterare" (after redaction "Person 1, …"), "Sign. AA", "/AA". */
    private static final Pattern SIGNED_BY = Pattern.compile(
            "(?:\\p{Lu}\\p{Ll}{1,20}+\\s{1,3}+\\p{Lu}\\p{Ll}{1,20}+|Person\\s\\d{1,4}+)\\s{0,2}+[,(]\\s{0,2}+\\p{Ll}{3,}|(?i:sign\\.?)\\s{0,2}+\\p{Lu}{2,4}(?![\\p{L}])|/\\s?\\p{Lu}{2,4}(?![\\p{L}])");
    /** A signature line of its own: "Sign. AA", "Signatur: AB", "/AA". */
    private static final Pattern SIGNATURE_LINE = Pattern.compile(
            "^[ \\t]{0,8}+(?:(?i:sign\\.?|signatur:?)\\s{0,3}+|/\\s?)\\p{Lu}{2,4}+[ \\t.]{0,4}+$");
    // "[12:03] Anna Andersson", and after redaction "[12:03] Person 1".
    private static final Pattern CHAT_LINE = Pattern.compile(
            "^[ \\t]{0,8}+(\\[(?:\\d{4}-\\d{2}-\\d{2}[ ,]{1,2}+)?\\d{1,2}:\\d{2}(?:\\s?[AaPp][Mm])?\\])[ \\t]{1,4}+\\p{Lu}\\p{Ll}{1,20}+[ \\t]{1,3}+(?:\\p{Lu}|\\d{1,4}+(?!\\p{N}))");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?:©|\\(c\\)|(?i:copyright))\\s{0,2}+(?:\\d{4}\\s{1,2}+)?(?i:CGI|Tietoevry|Tieto|Formpipe|Sokigo|Visma|Pulsen|Cambio|CompuGroup|IST|Unikum|Evry)(?![\\p{L}])");

    private record Label(int start, int end, String key) {
    }

    /**
     * The findings are kept with the text: the decision-request detector asks whether the text
     * is a journal copy, and the answer must not cost a second read of the whole text.
     */
    @Override
    public List<Finding> detect(NormalizedText normalized, Policy policy) {
        return normalized.derived(new ForPolicy(policy), text -> find(text, policy));
    }

    /** The key of this detector's findings for one policy; a policy is compared by identity, not by its contents. */
    private record ForPolicy(Policy policy) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ForPolicy other && other.policy == policy;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(policy);
        }
    }

    private static List<Finding> find(NormalizedText normalized, Policy policy) {
        String t = normalized.text();
        TraceEvidence ev = new TraceEvidence();
        scanLines(t, ev);
        findSystemNames(t, policy, ev);
        double score = ev.score();
        if (score < MIN_SCORE) {
            return List.of();
        }
        boolean strong = score >= STRONG_SCORE;
        String evidence = ev.kinds() + ";score=" + Math.round(score * 10) / 10.0;
        List<Finding> out = new ArrayList<>();
        for (Trace tr : ev.reported(strong)) {
            if (out.size() >= MAX_FINDINGS) {
                break;
            }
            out.add(strong
                    ? new Finding(Category.SYSTEM_COPY, tr.start(), tr.end(), STRONG_CONFIDENCE, STRONG_RULE, evidence)
                    : new Finding(Category.SYSTEM_COPY, tr.start(), tr.end(), WEAK_CONFIDENCE, WEAK_RULE, evidence));
        }
        return List.copyOf(out);
    }

    /** One pass over the lines; each line is looked at only in its first {@link #LINE_HEAD} characters. */
    private static void scanLines(String t, TraceEvidence ev) {
        LineMatchers mm = new LineMatchers(t);
        List<Label> run = new ArrayList<>();
        List<Label> emailBlock = new ArrayList<>();
        int blankOrOther = 0;
        Columns columns = new Columns();
        Stacked stacked = new Stacked();
        List<Trace> chat = new ArrayList<>(2);
        int lineStart = 0;
        while (lineStart <= t.length()) {
            int nl = t.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? t.length() : nl;
            int headEnd = Math.min(lineEnd, lineStart + LINE_HEAD);
            if (headEnd > 0 && headEnd == lineEnd && t.charAt(headEnd - 1) == '\r') {
                headEnd--;
            }
            LineHints hints = LineHints.of(t, lineStart, headEnd);
            List<Label> labels = hasLetter(t, lineStart, headEnd) ? scanLine(t, mm, lineStart, headEnd, hints, ev) : List.of();
            columns.line(t, lineStart, headEnd, ev);
            int chatTime = chat.size() < MAX_FINDINGS ? CopyLineShapes.chatTimeStart(t, lineStart, headEnd) : -1;
            if (chatTime >= 0) {
                chat.add(new Trace(chatTime, CopyLineShapes.trimEnd(t, chatTime, headEnd), Kind.CHAT, CHAT, null));
            }
            boolean labelLine = !labels.isEmpty();
            boolean valueOfBare = stacked.line(t, lineStart, headEnd, labelLine);
            if (labelLine) {
                run.addAll(labels);
            } else if (!valueOfBare && !stacked.pending()) {
                closeRun(run, ev);
            }
            boolean emailLine = labelLine && EMAIL_LABELS.contains(labels.get(0).key());
            if (emailLine) {
                emailBlock.add(labels.get(0));
                blankOrOther = 0;
            } else if (!emailBlock.isEmpty() && ++blankOrOther > 2) {
                closeEmailBlock(emailBlock, ev);
                blankOrOther = 0;
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        closeRun(run, ev);
        closeEmailBlock(emailBlock, ev);
        stacked.close(ev);
        ev.closeNamedStamps(TIMESTAMP);
        // "Lisa Öberg 09:12" once may be a note's heading; a conversation repeats it.
        if (chat.size() >= MIN_CHAT_LINES) {
            chat.forEach(ev::add);
        }
    }

    /**
     * A record as a browser copies it: each field label on a line of its own, its value on the
     * next ("Händelsedatum" / "2025-03-04"). A label line counts when a short value line follows
     * it, and only when two or more do: a heading over a paragraph, or a blank form whose labels
     * follow each other with no values, is no copy. The labels then count as the labels of a
     * "Label: value" record.
     */
    private static final class Stacked {
        private static final int MAX_VALUE = 60;
        private final List<Label> confirmed = new ArrayList<>();
        private final List<Label> unconfirmed = new ArrayList<>();
        private Label pendingLabel;

        boolean pending() {
            return pendingLabel != null;
        }

        /** Looks at one line; returns whether it is the value of the label line before it. */
        boolean line(String t, int from, int to, boolean labelLine) {
            Label bare = labelLine ? null : bareLabel(t, from, to);
            boolean value = false;
            if (pendingLabel != null) {
                int s = CopyLineShapes.skipBlanks(t, from, to);
                int e = CopyLineShapes.trimEnd(t, s, to);
                if (bare == null && !labelLine && e > s && e - s <= MAX_VALUE && ".?!".indexOf(t.charAt(e - 1)) < 0) {
                    confirmed.add(pendingLabel);
                    value = true;
                } else if (confirmed.size() + unconfirmed.size() < MAX_FINDINGS) {
                    unconfirmed.add(pendingLabel);
                }
                pendingLabel = null;
            }
            pendingLabel = bare;
            return value;
        }

        void close(TraceEvidence ev) {
            if (pendingLabel != null) {
                unconfirmed.add(pendingLabel);
                pendingLabel = null;
            }
            int fields = 0;
            for (Label l : confirmed) {
                fields += isStackField(l.key()) ? 1 : 0;
            }
            if (fields < 2) {
                return;
            }
            for (Label l : confirmed) {
                if (!classify(l, ev) && BLOCK_LABELS.contains(l.key())) {
                    ev.add(new Trace(l.start(), l.end(), Kind.BLOCK, 0.0, null));
                }
            }
            // A record label heading the copy ("Personakt") with no value line of its own.
            for (Label l : unconfirmed) {
                if (RECORD_LABELS.contains(l.key()) || SIGNATURE_LABELS.contains(l.key())) {
                    classify(l, ev);
                }
            }
        }

        private static Label bareLabel(String t, int from, int to) {
            int end = CopyLineShapes.bareLabelEnd(t, from, to);
            if (end < 0) {
                return null;
            }
            int start = CopyLineShapes.skipBlanks(t, from, to);
            String key = Lexicon.key(t.substring(start, end));
            return isStackField(key) || BLOCK_LABELS.contains(key) ? new Label(start, end, key) : null;
        }

        private static boolean isStackField(String key) {
            return RECORD_LABELS.contains(key) || SIGNATURE_LABELS.contains(key) || FORM_LABELS.contains(key)
                    || DOCUMENT_LABELS.contains(key);
        }
    }

    /**
     * A column-header row of a list copied from a system ("Elev → Klass → Ogiltig frånvaro",
     * "Datum → Dnr → Handling → Avsändare"): three or more short heading cells separated by tabs,
     * then a data row with a digit and about as many cells. Its record fields decide its weight;
     * a statistics table ("Månad → Antal → Kostnad") has none and is no trace.
     */
    private static final class Columns {
        private final int[] starts = new int[CopyLineShapes.MAX_CELLS];
        private final int[] ends = new int[CopyLineShapes.MAX_CELLS];
        private int headerStart = -1;
        private int headerEnd;
        private int headerCells;
        private int headerFields;

        private char sep;

        void line(String t, int from, int to, TraceEvidence ev) {
            char lineSep = CopyLineShapes.separator(t, from, to);
            if (lineSep == 0) {
                headerStart = -1;
                return;
            }
            int n = CopyLineShapes.cells(t, from, to, lineSep, starts, ends);
            if (headerStart >= 0 && lineSep != sep) {
                headerStart = -1;
            }
            if (headerStart >= 0 && n >= Math.max(2, headerCells - 1) && CopyLineShapes.hasDigit(t, from, to)) {
                if (headerFields >= 2) {
                    ev.add(new Trace(headerStart, headerEnd, Kind.TABLE, TABLE, "columns"));
                } else if (headerFields == 1) {
                    ev.add(new Trace(headerStart, headerEnd, Kind.COLUMNS, COLUMNS, "columns"));
                }
            }
            headerStart = -1;
            if (n < 3) {
                return;
            }
            int fields = 0;
            for (int c = 0; c < n; c++) {
                if (!CopyLineShapes.headingCell(t, starts[c], ends[c])) {
                    return;
                }
                fields += isColumnField(t.substring(starts[c], ends[c])) ? 1 : 0;
            }
            headerStart = starts[0];
            headerEnd = ends[n - 1];
            headerCells = n;
            headerFields = fields;
            sep = lineSep;
        }

        /** A record field as a column name; "Avsändare/Mottagare" counts when one of its parts does. */
        private static boolean isColumnField(String cell) {
            String key = Lexicon.key(cell);
            if (isField(key)) {
                return true;
            }
            int slash = key.indexOf('/');
            return slash > 0 && (isField(key.substring(0, slash).strip()) || isField(key.substring(slash + 1).strip()));
        }

        private static boolean isField(String key) {
            return COLUMN_NAMES.contains(key) || RECORD_LABELS.contains(key) || FORM_LABELS.contains(key) || SIGNATURE_LABELS.contains(key);
        }
    }

    /** The traces at the head of one line; returns the labels found there ("Label: value"). */
    private static List<Label> scanLine(String t, LineMatchers mm, int from, int to, LineHints hints, TraceEvidence ev) {
        if (from >= to) {
            return List.of();
        }
        // Each pattern runs only when the line holds what it must start with or contain.
        char head = Character.toLowerCase(headChar(t, from, to));
        if (PRINT_STARTS.indexOf(head) >= 0) {
            Matcher print = mm.on(PRINT_HEADER, from, to);
            if (print.lookingAt() && !printerInProse(t, print.start(), print.end())) {
                ev.add(new Trace(print.start(), print.end(), Kind.PRINT, SIGNATURE, "print"));
            }
        }
        if (PRINTOUT_STARTS.indexOf(headChar(t, from, to)) >= 0) {
            Matcher printout = mm.on(PRINTOUT, from, to);
            if (printout.lookingAt()) {
                ev.add(new Trace(printout.start(), printout.end(), Kind.PRINT, SIGNATURE, "printout"));
            }
        }
        if (to - from <= MAX_CONTROLS_LINE && CONTROL_STARTS.indexOf(Character.toLowerCase(headChar(t, from, to))) >= 0 && controlsLine(t, from, to)) {
            int s = CopyLineShapes.skipBlanks(t, from, to);
            ev.add(new Trace(s, CopyLineShapes.trimEnd(t, s, to), Kind.CRUMB, CRUMB, "control"));
        }
        if (head == 'd' || head == 'o') {
            int reply = CopyLineShapes.replyAttributionEnd(t, from, to);
            if (reply >= 0) {
                ev.add(new Trace(CopyLineShapes.skipBlanks(t, from, to), reply, Kind.EMAIL, EMAIL_BLOCK, "reply"));
            }
        }
        if (head == '-' || head == '_' || head == 'b') {
            int forward = CopyLineShapes.forwardMarkerEnd(t, from, to);
            if (forward >= 0) {
                ev.add(new Trace(CopyLineShapes.skipBlanks(t, from, to), forward, Kind.EMAIL, EMAIL_BLOCK, "forward"));
            }
        }
        if (hints.sid()) {
            Matcher page = mm.on(PAGE, from, to);
            if (page.find()) {
                ev.add(new Trace(page.start(), page.end(), Kind.PAGE, PAGE_MARK, null));
            }
        }
        if (hints.sign()) {
            Matcher unsigned = mm.on(UNSIGNED, from, to);
            if (unsigned.find() && statusPosition(t, from, unsigned.start(), unsigned.end(), to)) {
                ev.add(new Trace(unsigned.start(), unsigned.end(), Kind.SIGNATURE, SIGNATURE, "osignerad"));
            }
        }
        boolean stamped = false;
        if (Character.isDigit(head)) {
            Matcher stamp = mm.on(TIMESTAMP_LINE, from, to);
            if (stamp.lookingAt()) {
                boolean signed = signedAfter(t, mm, stamp.end(), to);
                boolean timed = HAS_TIME.matcher(stamp.group(1)).find();
                if (!signed && timed && CopyLineShapes.nameClosesLine(t, stamp.end(), to)) {
                    // "2025-03-01 10:15 Telefonsamtal - Lisa Holm": signed, if the entries are of different days.
                    ev.namedStamp(new Trace(stamp.start(1), stamp.end(1), Kind.TIMESTAMP, TIMESTAMP_SIGNED, null),
                            t.substring(stamp.start(1), stamp.start(1) + 10));
                    stamped = true;
                } else if (signed || timed) {
                    ev.add(new Trace(stamp.start(1), stamp.end(1), Kind.TIMESTAMP, signed ? TIMESTAMP_SIGNED : TIMESTAMP, null));
                    stamped = true;
                }
            } else {
                // "250114 Tel från skolan … Sign. KJ": a compact journal date counts only when signed.
                int compact = CopyLineShapes.compactDateEnd(t, from, to);
                if (compact >= 0 && signedAfter(t, mm, compact, to)) {
                    ev.add(new Trace(compact - 6, compact, Kind.TIMESTAMP, TIMESTAMP_SIGNED, null));
                    stamped = true;
                }
            }
        }
        // The signature closing a dated entry is part of the timestamp's trace, not a second one.
        int endSignature = stamped ? -1 : CopyLineShapes.signatureAtEnd(t, from, to);
        if (endSignature >= 0) {
            ev.add(new Trace(endSignature, CopyLineShapes.trimEnd(t, endSignature, to), Kind.RECORD_LABEL, RECORD_LABEL, "signature-line"));
        }
        if (head == 's' || head == '/') {
            Matcher signatureLine = mm.on(SIGNATURE_LINE, from, to);
            if (signatureLine.lookingAt()) {
                ev.add(new Trace(signatureLine.start(), signatureLine.end(), Kind.RECORD_LABEL, RECORD_LABEL, "signature-line"));
            }
        }
        if (head == '[') {
            Matcher chat = mm.on(CHAT_LINE, from, to);
            if (chat.lookingAt()) {
                ev.add(new Trace(chat.start(1), chat.end(1), Kind.CHAT, CHAT, null));
            }
        }
        if (hints.gt()) {
            List<int[]> crumbs = new ArrayList<>(2);
            if (CopyLineShapes.breadcrumb(t, from, to, crumbs)) {
                for (int[] c : crumbs) {
                    ev.add(new Trace(c[0], c[1], Kind.CRUMB, CRUMB, null));
                }
            }
        }
        if (hints.copyright()) {
            Matcher copyright = mm.on(COPYRIGHT, from, to);
            if (copyright.find()) {
                ev.add(new Trace(copyright.start(), copyright.end(), Kind.CRUMB, CRUMB, null));
            }
        }
        if (head == 'g') {
            Matcher validFrom = mm.on(VALID_FROM, from, to);
            if (validFrom.lookingAt()) {
                ev.add(new Trace(validFrom.start(), validFrom.end(), Kind.RECORD_LABEL, RECORD_LABEL, "gäller"));
            }
        }
        heading(t, from, to, ev);
        intranetFooter(t, from, to, ev);
        List<Label> out = hints.colon() ? labels(t, mm, from, to, hints, ev) : new ArrayList<>(1);
        int audited = datedLabels(t, from, to, hints, out, ev);
        if (out.isEmpty() && hints.tab()) {
            tabLabel(t, from, to, out, ev);
        }
        if (out.isEmpty() && !stamped) {
            audited = Math.max(audited, byLabel(t, from, to, out, ev));
            leaderLabel(t, from, to, out, ev);
        }
        return out;
    }

    /**
     * "Ändrad av Nadia Salem 2025-03-02 14:12": an audit line of a record, a label ending in
     * "av" without a colon, a name and a system timestamp. The label's end, or -1.
     */
    private static int byLabel(String t, int from, int to, List<Label> out, TraceEvidence ev) {
        int end = CopyLineShapes.byLabelEnd(t, from, to);
        if (end < 0 || !CopyLineShapes.timestamp(t, end, to, new int[2])) {
            return -1;
        }
        int start = CopyLineShapes.skipBlanks(t, from, to);
        Label label = new Label(start, end, Lexicon.key(t.substring(start, end)));
        if (!classify(label, ev)) {
            return -1;
        }
        return end;
    }

    /** "Händelsedatum ........ 2025-03-07", "Utförare      Robin Åkesson": a record field with a leader for a colon. */
    private static void leaderLabel(String t, int from, int to, List<Label> out, TraceEvidence ev) {
        int end = CopyLineShapes.leaderLabelEnd(t, from, to);
        if (end < 0) {
            return;
        }
        int start = CopyLineShapes.skipBlanks(t, from, to);
        Label label = new Label(start, end, Lexicon.key(t.substring(start, end)));
        if (classify(label, ev)) {
            out.add(label);
        }
    }

    /**
     * Whether a status word stands as a field value ("Osignerad" alone, after a label, a tab or
     * a pipe), not inside a sentence ("Status ändras från Osignerad till Signerad.").
     */
    private static boolean statusPosition(String t, int from, int start, int end, int to) {
        int b = start;
        while (b > from && (t.charAt(b - 1) == ' ')) {
            b--;
        }
        boolean before = b == from || ":\t|;".indexOf(t.charAt(b - 1)) >= 0;
        int a = end;
        while (a < to && t.charAt(a) == ' ') {
            a++;
        }
        boolean after = a >= to || "\t|;,\r0123456789".indexOf(t.charAt(a)) >= 0 || a - end >= 2;
        return before && after;
    }

    /**
     * A line of a web page's buttons ("< Tillbaka", "Svara  ·  Vidarebefordra", "Visa mer"): a
     * single plain word ("Svara", "Tillbaka") is also a word of a text, so it needs a second
     * button beside it.
     */
    private static boolean controlsLine(String t, int from, int to) {
        int s = CopyLineShapes.skipBlanks(t, from, to);
        int e = CopyLineShapes.trimEnd(t, s, to);
        int cell = s;
        int found = 0;
        boolean marked = false;
        for (int i = s; i <= e; i++) {
            char c = i < e ? t.charAt(i) : '|';
            boolean sep = c == '|' || c == '\u00B7' || c == '\t' || c == ' ' && i + 1 < e && t.charAt(i + 1) == ' ';
            if (!sep) {
                continue;
            }
            int a = CopyLineShapes.skipBlanks(t, cell, i);
            int b = CopyLineShapes.trimEnd(t, a, i);
            if (b > a) {
                String key = Lexicon.key(t.substring(a, b));
                if (!PAGE_CONTROLS.contains(key)) {
                    return false;
                }
                found++;
                marked |= !key.chars().allMatch(Character::isLetter);
            }
            cell = i + 1;
        }
        return found >= 2 || found == 1 && marked;
    }

    /** Whether a journal timestamp or date is followed on its line by who signed it. */
    private static boolean signedAfter(String t, LineMatchers mm, int from, int to) {
        return mm.on(SIGNED_BY, from, to).find() || CopyLineShapes.roleSigns(t, from, to)
                || CopyLineShapes.signatureAtEnd(t, from, to) >= 0;
    }

    /**
     * A label and a date without a colon at the start of the line or of a cell ("Signerad
     * 2024-10-02 11:20", "Händelse 2025-01-22 Telefon in", "Beslutsdatum → 2024-11-20").
     */
    private static int datedLabels(String t, int from, int to, LineHints hints, List<Label> out, TraceEvidence ev) {
        int audited = datedLabel(t, from, to, out, ev);
        if (!hints.tab() && !hints.pipe()) {
            return audited;
        }
        for (int i = from; i < to && out.size() < MAX_CELL_LABELS; i++) {
            char c = t.charAt(i);
            if (c == '\t' || c == '|') {
                audited = Math.max(audited, datedLabel(t, i + 1, to, out, ev));
            }
        }
        return audited;
    }

    /**
     * A label and its date; with "av"/"by" and a capitalised name after the date ("Upprättad
     * 2025-01-20 av Karin Lund", "Registrerad 2025-02-18 12:40 av …") it is an entry's audit
     * line whatever the label's word. Returns the end of such an audit trace, or -1.
     */
    private static int datedLabel(String t, int from, int to, List<Label> out, TraceEvidence ev) {
        int end = CopyLineShapes.labelBeforeDateEnd(t, from, to);
        if (end < 0) {
            return -1;
        }
        int start = CopyLineShapes.skipBlanks(t, from, to);
        Label label = new Label(start, end, Lexicon.key(t.substring(start, end)));
        int date = CopyLineShapes.skipBlanks(t, end, to);
        int[] ts = new int[2];
        int dateEnd = CopyLineShapes.timestamp(t, date, Math.min(to, date + 19), ts) && ts[0] == date ? ts[1] : date + 10;
        int by = CopyLineShapes.byAfter(t, dateEnd, to);
        if (by >= 0 && !SIGNATURE_LABELS.contains(label.key())) {
            ev.add(new Trace(start, by, Kind.RECORD_LABEL, RECORD_LABEL, "dated-by:" + label.key()));
            return by;
        }
        if (classify(label, ev)) {
            out.add(label);
        } else if (SPECIFIC_HEADINGS.contains(label.key())) {
            // "Journalanteckning 2025-03-04", "Genomförandeplan 2025-02-01": a dated entry of a documentation model.
            ev.add(new Trace(start, end, Kind.RECORD_LABEL, RECORD_LABEL, "dated-heading:" + label.key()));
        }
        return -1;
    }

    /**
     * "Brukare → Kerstin Holm": a record field, a tab and its value, on a row of two cells. A
     * block field ("Ansvarig → Team Norr") joins the run of such rows without weight of its own.
     */
    private static void tabLabel(String t, int from, int to, List<Label> out, TraceEvidence ev) {
        int[] starts = new int[MAX_CELL_LABELS + 1];
        int[] ends = new int[MAX_CELL_LABELS + 1];
        int n = CopyLineShapes.cells(t, from, to, starts, ends);
        if (n < 2 || n % 2 != 0 || n > MAX_CELL_LABELS) {
            return;
        }
        // "Brukare → Kerstin Holm → Pnr → 19400215-2397": field and value cells alternate; a
        // column-header row (fields only) is left to the table rule.
        List<Label> row = new ArrayList<>(n / 2);
        for (int c = 0; c < n; c += 2) {
            if (!CopyLineShapes.headingCell(t, starts[c], ends[c])) {
                return;
            }
            Label label = new Label(starts[c], ends[c], Lexicon.key(t.substring(starts[c], ends[c])));
            boolean field = isLabelKey(label.key()) || BLOCK_LABELS.contains(label.key());
            if (!field || isLabelKey(Lexicon.key(t.substring(starts[c + 1], ends[c + 1])))) {
                return;
            }
            row.add(label);
        }
        for (Label label : row) {
            if (classify(label, ev) || BLOCK_LABELS.contains(label.key())) {
                out.add(label);
            }
        }
    }

    private static boolean isLabelKey(String key) {
        return SIGNATURE_LABELS.contains(key) || RECORD_LABELS.contains(key) || FORM_LABELS.contains(key) || DOCUMENT_LABELS.contains(key);
    }

    /** "Utskriften från skrivaren blev sned": a print header names a system, capitalised. */
    private static boolean printerInProse(String t, int start, int end) {
        Matcher m = PRINT_FROM_WORD.matcher(t).region(start, end);
        return m.lookingAt() && Character.isLowerCase(t.charAt(m.end()));
    }

    /** The first character after the up to eight spaces or tabs a line pattern allows, or a space. */
    private static char headChar(String t, int from, int to) {
        int i = from;
        while (i < to && i - from < 8 && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
            i++;
        }
        return i < to ? t.charAt(i) : ' ';
    }

    /** What the line patterns that search a line need to find in it; one pass over the line's head. */
    private record LineHints(boolean sid, boolean sign, boolean copyright, boolean gt, boolean colon, boolean tab, boolean pipe) {

        static LineHints of(String t, int from, int to) {
            boolean sid = false;
            boolean sign = false;
            boolean copyright = false;
            boolean gt = false;
            boolean colon = false;
            boolean tab = false;
            boolean pipe = false;
            for (int i = from; i < to; i++) {
                switch (t.charAt(i)) {
                    case ':' -> colon = true;
                    case '\t' -> tab = true;
                    case '|' -> pipe = true;
                    case '>', '\u203A', '\u00BB' -> gt = true;
                    case '©' -> copyright = true;
                    case '(' -> copyright |= next(t, i, 'c') && t.regionMatches(true, i, "(c)", 0, 3);
                    case 'c', 'C' -> copyright |= next(t, i, 'o') && t.regionMatches(true, i, "copyright", 0, 9);
                    case 's', 'S' -> {
                        if (next(t, i, 'i')) {
                            sid |= t.regionMatches(true, i, "sid", 0, 3);
                            sign |= t.regionMatches(true, i, "sign", 0, 4);
                        }
                    }
                    case 'p', 'P' -> sid |= next(t, i, 'a') && t.regionMatches(true, i, "page", 0, 4);
                    default -> {
                    }
                }
            }
            return new LineHints(sid, sign, copyright, gt, colon, tab, pipe);
        }

        /**
         * Whether the character after {@code i} may be {@code lower} in any case: a cheap test
         * before the case-insensitive comparison (a non-ASCII character may fold to it).
         */
        private static boolean next(String t, int i, char lower) {
            if (i + 1 >= t.length()) {
                return false;
            }
            char c = t.charAt(i + 1);
            return c == lower || c == Character.toUpperCase(lower) || c >= 128;
        }
    }

    /**
     * The labels of a line: where a label can start (the line start, after a tab, after two or
     * more spaces) the label pattern is tried in place, so most of a line is never matched.
     */
    private static List<Label> labels(String t, LineMatchers mm, int from, int to, LineHints hints, TraceEvidence ev) {
        List<Label> out = new ArrayList<>(2);
        boolean columns = hints.tab() || hints.pipe() || twoSpaces(t, from, to);
        int done = from;
        int tried = -1;
        for (int i = from; i < to && out.size() < MAX_CELL_LABELS; i++) {
            boolean candidate = i == from
                    || columns && i >= done && (t.charAt(i - 1) == '\t' || t.charAt(i - 1) == '|'
                            || t.charAt(i - 1) == ' ' && i - 2 >= from && (t.charAt(i - 2) == ' ' || t.charAt(i - 2) == '|'));
            if (!candidate) {
                if (!columns && i > from) {
                    break;
                }
                continue;
            }
            int s = i;
            int blanks = 0;
            while (s < to && blanks < 8 && (t.charAt(s) == ' ' || t.charAt(s) == '\t')) {
                s++;
                blanks++;
            }
            if (s >= to || s == tried || !Character.isLetter(t.charAt(s))) {
                continue;
            }
            tried = s;
            Matcher m = mm.on(LABEL_AT, s, to);
            if (!m.lookingAt()) {
                continue;
            }
            done = m.end();
            String key = Lexicon.key(m.group(1));
            int start = m.start(1);
            int end = m.end();
            Label label = new Label(start, end, key);
            out.add(label);
            if (key.equals("status") && recordStatusAfter(t, end, to)) {
                ev.add(new Trace(start, CopyLineShapes.trimEnd(t, start, Math.min(to, end + MAX_STATUS + 1)), Kind.RECORD_LABEL, RECORD_LABEL, "status"));
            } else if ((key.equals("beslut") || key.equals("decision")) && mm.on(DECISION_VALUE, end, to).lookingAt()) {
                Matcher v = mm.on(DECISION_VALUE, end, to);
                v.lookingAt();
                ev.add(new Trace(start, v.end(), Kind.RECORD_LABEL, RECORD_LABEL, key));
            } else if (KEYWORD_LABELS.contains(key) && journalHeadingAfter(t, end, to)) {
                ev.add(new Trace(start, end, Kind.RECORD_LABEL, RECORD_LABEL, "keyword"));
            } else {
                classify(label, ev);
                datedBy(t, label, to, ev);
            }
        }
        return out;
    }

    /**
     * "Skapad: 2025-03-01 av Petra Wik": a label whose value is a date and who made the entry is
     * an audit line, whatever the label's word; an intranet page's "Publicerad:" is left to its
     * own rule.
     */
    private static void datedBy(String t, Label label, int to, TraceEvidence ev) {
        int date = CopyLineShapes.skipBlanks(t, label.end(), to);
        if (!CopyLineShapes.isoDateAt(t, date, to) || INTRANET_LABELS.containsKey(label.key()) || SIGNATURE_LABELS.contains(label.key())) {
            return;
        }
        int[] ts = new int[2];
        int dateEnd = CopyLineShapes.timestamp(t, date, Math.min(to, date + 19), ts) && ts[0] == date ? ts[1] : date + 10;
        if (CopyLineShapes.byAfter(t, dateEnd, to) >= 0) {
            ev.add(new Trace(label.start(), label.end(), Kind.RECORD_LABEL, RECORD_LABEL, "dated-by:" + label.key()));
        }
    }

    /** Adds the trace a label is by its class; false when it is in none of the record lexicons. */
    private static boolean classify(Label l, TraceEvidence ev) {
        String key = l.key();
        if (SIGNATURE_LABELS.contains(key)) {
            ev.add(new Trace(l.start(), l.end(), Kind.SIGNATURE, SIGNATURE, key));
        } else if (RECORD_LABELS.contains(key)) {
            ev.add(new Trace(l.start(), l.end(), Kind.RECORD_LABEL, RECORD_LABEL, key));
        } else if (FORM_LABELS.contains(key)) {
            ev.add(new Trace(l.start(), l.end(), Kind.FORM_LABEL, FORM_LABEL, key));
        } else if (DOCUMENT_LABELS.contains(key)) {
            ev.add(new Trace(l.start(), l.end(), Kind.DOCUMENT_LABEL, DOCUMENT_LABEL, key));
        } else {
            return false;
        }
        return true;
    }

    /**
     * "Status: Signerad", "Status: Ej utförd": the value is a state of a record entry, not of a
     * project ("Status: Klar"). The value must be the whole rest of the line or of its cell.
     */
    private static boolean recordStatusAfter(String t, int from, int to) {
        int s = CopyLineShapes.skipBlanks(t, from, to);
        int e = s;
        while (e < to && e - s <= MAX_STATUS && t.charAt(e) != '|' && t.charAt(e) != '\t' && t.charAt(e) != ';') {
            e++;
        }
        e = CopyLineShapes.trimEnd(t, s, e);
        return e > s && e - s <= MAX_STATUS && RECORD_STATUSES.contains(Lexicon.key(t.substring(s, e)));
    }

    /** "Sökord: Aktuellt": the value is a heading of a documentation model (VIPS, HSL). */
    private static boolean journalHeadingAfter(String t, int from, int to) {
        int s = CopyLineShapes.skipBlanks(t, from, to);
        int e = CopyLineShapes.trimEnd(t, s, to);
        if (e - s < 3 || e - s > MAX_HEADING) {
            return false;
        }
        String key = Lexicon.key(t.substring(s, e));
        return SPECIFIC_HEADINGS.contains(key) || GENERIC_HEADINGS.contains(key);
    }

    private static boolean twoSpaces(String t, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (t.charAt(i) == ' ' && t.charAt(i - 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    /** Lines without a letter (rules, separators, runs of punctuation) hold no trace. */
    private static boolean hasLetter(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < 128 ? ASCII_WORD[c] && c > '9' : Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    /** The line patterns' matchers for one text, made once and moved from line to line. */
    private static final class LineMatchers {
        private final String t;
        private final java.util.IdentityHashMap<Pattern, Matcher> matchers = new java.util.IdentityHashMap<>();

        LineMatchers(String t) {
            this.t = t;
        }

        Matcher on(Pattern p, int from, int to) {
            return matchers.computeIfAbsent(p, k -> k.matcher(t)).region(from, to);
        }
    }

    private static void heading(String t, int from, int to, TraceEvidence ev) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(t.charAt(s))) s++;
        while (e > s && (Character.isWhitespace(t.charAt(e - 1)) || t.charAt(e - 1) == ':')) e--;
        if (e - s < 3 || e - s > MAX_HEADING) {
            return;
        }
        String key = Lexicon.key(t.substring(s, e));
        if (SPECIFIC_HEADINGS.contains(key)) {
            ev.add(new Trace(s, e, Kind.HEADING, SPECIFIC_HEADING, key));
        } else if (GENERIC_HEADINGS.contains(key)) {
            ev.add(new Trace(s, e, Kind.HEADING, GENERIC_HEADING, key));
        }
    }

    private static void intranetFooter(String t, int from, int to, TraceEvidence ev) {
        int s = from;
        while (s < to && Character.isWhitespace(t.charAt(s))) s++;
        // Most lines start with a letter no intranet label starts with.
        if (s >= to || INTRANET_STARTS.indexOf(Character.toLowerCase(t.charAt(s))) < 0) {
            return;
        }
        for (var e : INTRANET_LABELS.entrySet()) {
            String label = e.getKey();
            if (s + label.length() > to || !t.regionMatches(true, s, label, 0, label.length())) {
                continue;
            }
            int end = s + label.length();
            boolean wordEnd = end >= to || !Character.isLetter(t.charAt(end));
            boolean colon = end < to && t.charAt(end) == ':';
            // "Publicerad"/"Uppdaterad" are everyday words: only as a label with a colon.
            if (wordEnd && (colon || e.getValue() >= 1.0)) {
                ev.add(new Trace(s, colon ? end + 1 : end, Kind.INTRANET, e.getValue(), label));
                return;
            }
        }
    }

    /** A run of "Label: value" lines is a trace when most of its labels are not everyday prompt words. */
    private static void closeRun(List<Label> run, TraceEvidence ev) {
        if (run.size() >= MIN_RUN) {
            List<Label> caseLike = new ArrayList<>();
            for (Label l : run) {
                if (!EVERYDAY_LABELS.contains(l.key()) && !DOCUMENT_LABELS.contains(l.key()) && !EMAIL_LABELS.contains(l.key())) {
                    caseLike.add(l);
                }
            }
            // Forms, configuration files, statistics and notices are label runs too: a run alone is
            // not reported; with a system name, a record label or a signature it adds weight.
            double weight = caseLike.size() >= 3 ? RUN_ALONE : caseLike.size() == 2 ? 0.5 : 0.0;
            for (Label l : caseLike) {
                ev.add(new Trace(l.start(), l.end(), Kind.RUN_LABEL, weight / caseLike.size(), null));
            }
        }
        if (run.size() >= 2 && isRecordBlock(run)) {
            // The other lines of a copied entry ("Rubrik: …", "Status: Pågående") are part of the
            // copy; the words of a prompt ("Uppgift:", "Ton:") never are.
            for (Label l : run) {
                String key = l.key();
                if (BLOCK_LABELS.contains(key) || !EVERYDAY_LABELS.contains(key) && !EMAIL_LABELS.contains(key)) {
                    ev.add(new Trace(l.start(), l.end(), Kind.BLOCK, 0.0, null));
                }
            }
        }
        run.clear();
    }

    /** A run of label lines holding a journal or signature label, or two record-form labels. */
    private static boolean isRecordBlock(List<Label> run) {
        int form = 0;
        for (Label l : run) {
            if (SIGNATURE_LABELS.contains(l.key()) || RECORD_LABELS.contains(l.key())) {
                return true;
            }
            form += FORM_LABELS.contains(l.key()) ? 1 : 0;
        }
        return form >= 2;
    }

    /** Outlook's header block: "Från:", "Skickat:", "Till:", "Ämne:" — the sender with "Skickat:", or three or more. */
    private static void closeEmailBlock(List<Label> block, TraceEvidence ev) {
        Set<String> keys = new HashSet<>();
        for (Label l : block) {
            keys.add(l.key());
        }
        boolean sender = keys.contains("från") || keys.contains("from");
        // "Från:" with "Skickat:" is how Outlook starts a forwarded or quoted message, even when
        // the user selected only the first lines.
        boolean sentLine = keys.contains("skickat") || keys.contains("skickades") || keys.contains("sent");
        if (sender && (keys.size() >= 3 || sentLine)) {
            for (Label l : block) {
                ev.add(new Trace(l.start(), l.end(), Kind.EMAIL, EMAIL_BLOCK, null));
            }
        }
        block.clear();
    }

    private static void findSystemNames(String t, Policy policy, TraceEvidence ev) {
        LocalSystems local = localSystems(policy);
        int[] starts = local.gate().candidates(t);
        addNames(t, SYSTEM_NAMES.findAt(t, starts, 10 * MAX_FINDINGS), ev, false);
        addNames(t, AMBIGUOUS_SYSTEM_NAMES.findAt(t, starts, 10 * MAX_FINDINGS), ev, true);
        addNames(t, local.matcher().findAt(t, starts, 10 * MAX_FINDINGS), ev, false);
    }

    /**
     * Word starts whose first three or four characters begin some system name (folded, or exact for
     * the ambiguous names). Nearly every word is ruled out by a bit lookup on its first two letters,
     * so the name matchers run only at the few places a name can start; they decide exactly.
     */
    private static final class NameGate {
        private static final int BITS = 20;
        /** Folded first two characters of every name, 8 bits each: a small table that stays in cache. */
        private final long[] pairs = new long[(1 << 16) / Long.SIZE];
        private final long[] bits = new long[(1 << BITS) / Long.SIZE];
        /** A name shorter than three letters before its first space: every word start may begin it. */
        private boolean everywhere;

        /** The names of the lexicon's format: a leading "?" marks a name matched exactly. */
        static NameGate of(Iterable<String> names) {
            NameGate g = new NameGate();
            g.addAll(names);
            return g;
        }

        NameGate with(Iterable<String> more) {
            NameGate g = new NameGate();
            System.arraycopy(pairs, 0, g.pairs, 0, pairs.length);
            System.arraycopy(bits, 0, g.bits, 0, bits.length);
            g.everywhere = everywhere;
            g.addAll(more);
            return g;
        }

        private void addAll(Iterable<String> names) {
            for (String line : names) {
                boolean exact = line.startsWith("?");
                String n = (exact ? line.substring(1) : line).strip();
                int word = 0;
                while (word < n.length() && word < 4 && !Character.isWhitespace(n.charAt(word))) {
                    word++;
                }
                if (word < 3) {
                    everywhere |= !n.isEmpty();
                    continue;
                }
                int p = pair(fold(n.charAt(0)), fold(n.charAt(1)));
                pairs[p >>> 6] |= 1L << p;
                int h = word + (exact ? 0 : 7919);
                for (int j = 0; j < word; j++) {
                    h = 31 * h + (exact ? n.charAt(j) : fold(n.charAt(j)));
                }
                int k = spread(h);
                bits[k >>> 6] |= 1L << k;
            }
        }

        private boolean has(int h) {
            int k = spread(h);
            return (bits[k >>> 6] & 1L << k) != 0;
        }

        private static int pair(char a, char b) {
            return (a & 0xFF) << 8 | (b & 0xFF);
        }

        private static int spread(int h) {
            return (h * 0x9E3779B1) >>> (Integer.SIZE - BITS);
        }

        private static char fold(char c) {
            if (c < 128) {
                return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            }
            return Character.toLowerCase(Character.toUpperCase(c));
        }

        private boolean open(String t, int i) {
            if (everywhere) {
                return true;
            }
            if (t.length() - i < 3) {
                return false;
            }
            char c0 = t.charAt(i);
            char c1 = t.charAt(i + 1);
            char f0 = fold(c0);
            char f1 = fold(c1);
            int p = pair(f0, f1);
            if ((pairs[p >>> 6] & 1L << p) == 0) {
                return false;
            }
            char c2 = t.charAt(i + 2);
            int folded = 31 * (31 * (31 * (3 + 7919) + f0) + f1) + fold(c2);
            int exact = 31 * (31 * (31 * 3 + c0) + c1) + c2;
            if (has(folded) || has(exact)) {
                return true;
            }
            if (t.length() - i < 4) {
                return false;
            }
            char c3 = t.charAt(i + 3);
            int folded4 = 31 * (31 * (31 * (31 * (4 + 7919) + f0) + f1) + fold(c2)) + fold(c3);
            int exact4 = 31 * (31 * (31 * (31 * 4 + c0) + c1) + c2) + c3;
            return has(folded4) || has(exact4);
        }

        /** The word starts (a letter after a non-letter, non-digit) where this gate is open. */
        int[] candidates(String t) {
            int[] out = new int[16];
            int n = 0;
            boolean inWord = false;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                boolean wordChar = c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
                boolean start = wordChar && !inWord && (c < 128 ? c > '9' : Character.isLetter(c));
                inWord = wordChar;
                if (start && open(t, i)) {
                    if (n == out.length) {
                        out = java.util.Arrays.copyOf(out, 2 * n);
                    }
                    out[n++] = i;
                }
            }
            return java.util.Arrays.copyOf(out, n);
        }
    }

    /** The policy's own system names, their matcher and the gate for all names, kept for the last policy seen (policies rarely change). */
    private record LocalSystems(List<String> names, WordStartMatcher matcher, NameGate gate) {
    }

    private static volatile LocalSystems lastLocal;

    private static LocalSystems localSystems(Policy policy) {
        List<String> names = List.copyOf(policy.localSystems());
        LocalSystems cached = lastLocal;
        if (cached != null && cached.names().equals(names)) {
            return cached;
        }
        // Local names are matched folded; a leading "?" is part of the name, not the lexicon's mark.
        List<String> plain = new ArrayList<>();
        for (String n : names) {
            plain.add(n.startsWith("?") ? " " + n : n);
        }
        LocalSystems made = new LocalSystems(names, localMatcher(names), NAMES_GATE.with(plain));
        lastLocal = made;
        return made;
    }

    /** The policy's own system names, whole words, any case; a matcher that never matches when there are none. */
    private static WordStartMatcher localMatcher(List<String> localSystems) {
        List<String> quoted = new ArrayList<>();
        for (String s : localSystems) {
            if (!s.isBlank()) {
                quoted.add(Pattern.quote(s.strip()));
            }
        }
        if (quoted.isEmpty()) {
            return WordStartMatcher.builder().build();
        }
        Pattern local = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", quoted) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return WordStartMatcher.of(local, localSystems, false);
    }

    private static void addNames(String t, List<int[]> matches, TraceEvidence ev, boolean needsContext) {
        int found = 0;
        for (int[] m : matches) {
            if (found >= MAX_FINDINGS) {
                break;
            }
            if (needsContext && !SYSTEM_CONTEXT.near(t, m[0], m[1], 60, 60) && !versionAfter(t, m[1])) {
                continue;
            }
            String key = Lexicon.key(t.substring(m[0], m[1]));
            int lineStart = lineStartWithin(t, m[0], SOURCE_REACH);
            Matcher source = SOURCE_PHRASE.matcher(t).region(lineStart, m[0]);
            if (source.find() || SOURCE_LABEL.matcher(t).region(lineStart, m[0]).find()) {
                // The span is the name: the words between may be a person's, left to their own detector.
                ev.add(new Trace(m[0], m[1], Kind.PRINT, SIGNATURE, "source:" + key));
            } else if (isHeader(t, m[0], m[1])) {
                ev.add(new Trace(m[0], m[1], Kind.SYSTEM_HEADER, SYSTEM_HEADER, key));
            } else {
                ev.add(new Trace(m[0], m[1], Kind.SYSTEM, SYSTEM_NAME, key));
            }
            found++;
        }
    }

    /**
     * A system name heading its own short line, alone or before a separator and a view
     * ("Lifecare Utförare - Genomförandeplan", "ByggR - Ärendeutskrift"); not a sentence or a
     * question that starts with the name ("Treserva hänger sig, vad gör jag?").
     */
    private static boolean isHeader(String t, int start, int end) {
        for (int i = start - 1; i >= 0 && t.charAt(i) != '\n'; i--) {
            if (!Character.isWhitespace(t.charAt(i))) {
                return endsHeader(t, start, end);
            }
        }
        int lineEnd = lineEndWithin(t, end, MAX_SYSTEM_HEADER + 1);
        while (lineEnd > end && Character.isWhitespace(t.charAt(lineEnd - 1))) {
            lineEnd--;
        }
        if (lineEnd == end) {
            return true;
        }
        if (lineEnd - start > MAX_SYSTEM_HEADER || t.charAt(lineEnd - 1) == '?' || t.charAt(lineEnd - 1) == '.') {
            return false;
        }
        // A separator within the next two words: "Skola24 - Frånvarorapport", "Lifecare Utförare - …", "Heroma: Frånvaro".
        int words = 0;
        for (int i = end; i < lineEnd; i++) {
            char c = t.charAt(i);
            if (c == '-' || c == '>' || c == '|' || c == ':' || c == '/') {
                // "Treserva 7.4 - nyheter i versionen" is a heading of prose; a view is a name ("- Frånvarorapport").
                int view = CopyLineShapes.skipBlanks(t, i + 1, lineEnd);
                if (view < lineEnd && Character.isLowerCase(t.charAt(view))) {
                    return false;
                }
                return i + 1 < lineEnd && (t.charAt(i + 1) == ' ' || t.charAt(i + 1) == '\t') || c == '>' || c == '|';
            }
            // Columns: "TakeCare  Journaltext   Utskrivet …" is laid out with tabs or runs of spaces.
            if (c == '\t' || c == ' ' && i + 1 < lineEnd && t.charAt(i + 1) == ' ') {
                return true;
            }
            if (Character.isWhitespace(c) && i + 1 < lineEnd && !Character.isWhitespace(t.charAt(i + 1)) && ++words > 2) {
                return false;
            }
            boolean versionDot = (c == '.' || c == ',') && i + 1 < lineEnd && Character.isDigit(t.charAt(i + 1));
            if (!Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && !TRADEMARK_SIGNS.contains(c) && !versionDot) {
                return false;
            }
        }
        return false;
    }

    /** Marks a product name carries: "Public 360°", "Treserva®". */
    private static final Set<Character> TRADEMARK_SIGNS = Set.of('°', '®', '™');

    /**
     * A system name closing a short header line after a view and a separator ("Diarium - Platina",
     * "Journal | Treserva"): at most three words before it, nothing after it.
     */
    private static boolean endsHeader(String t, int start, int end) {
        int lineEnd = lineEndWithin(t, end, 3);
        for (int i = end; i < lineEnd; i++) {
            if (!Character.isWhitespace(t.charAt(i)) && !TRADEMARK_SIGNS.contains(t.charAt(i))) {
                return false;
            }
        }
        int lineStart = lineStartWithin(t, start, 40);
        if (lineStart > 0 && t.charAt(lineStart - 1) != '\n') {
            return false;
        }
        int i = start - 1;
        while (i >= lineStart && t.charAt(i) == ' ') {
            i--;
        }
        if (i < lineStart || "-|>".indexOf(t.charAt(i)) < 0 || i - 1 < lineStart || t.charAt(i - 1) != ' ') {
            return false;
        }
        int words = 0;
        boolean inWord = false;
        for (int k = lineStart; k < i; k++) {
            boolean letter = Character.isLetter(t.charAt(k));
            if (letter && !inWord && ++words > 3) {
                return false;
            }
            inWord = letter;
        }
        return words >= 1;
    }

    /** "Viva 4.2": a version number right after a name that is also an ordinary word. */
    private static boolean versionAfter(String t, int end) {
        int i = end;
        if (i >= t.length() || t.charAt(i) != ' ') {
            return false;
        }
        i++;
        int digits = 0;
        while (i < t.length() && Character.isDigit(t.charAt(i)) && digits < 4) {
            i++;
            digits++;
        }
        return digits > 0 && i + 1 < t.length() && t.charAt(i) == '.' && Character.isDigit(t.charAt(i + 1));
    }

    /** The start of the line holding {@code i}, or {@code i - reach} when the line starts further back. */
    private static int lineStartWithin(String t, int i, int reach) {
        int j = i;
        while (j > 0 && i - j < reach && t.charAt(j - 1) != '\n') {
            j--;
        }
        return j;
    }

    /** The end of the line holding {@code i}, or {@code i + reach} when it ends further on. */
    private static int lineEndWithin(String t, int i, int reach) {
        int j = i;
        int stop = Math.min(t.length(), i + reach);
        while (j < stop && t.charAt(j) != '\n') {
            j++;
        }
        return j;
    }

    private static Map<String, Double> weighted(String name) {
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        for (String line : Lexicon.lines(name)) {
            int bar = line.lastIndexOf('|');
            out.put(Lexicon.key(line.substring(0, bar)), Double.parseDouble(line.substring(bar + 1).strip()));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static String firstLetters(Set<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            char c = Character.toLowerCase(w.charAt(0));
            if (sb.indexOf(String.valueOf(c)) < 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean[] asciiWordChars() {
        boolean[] out = new boolean[128];
        for (char c = 0; c < 128; c++) {
            out[c] = Character.isLetterOrDigit(c);
        }
        return out;
    }

    /** Whole-word alternation of the system names: plain ones case-insensitive, ambiguous ones ("?Viva") exact. */
    private static WordStartMatcher systemNames(boolean ambiguous) {
        List<String> names = new ArrayList<>();
        for (String line : Lexicon.lines("systems/system-names.txt")) {
            boolean isAmbiguous = line.startsWith("?");
            if (isAmbiguous == ambiguous) {
                names.add(line.substring(isAmbiguous ? 1 : 0).strip());
            }
        }
        // Longest first, so that "Lifecare SP" is taken before "Lifecare".
        names.sort(java.util.Comparator.comparingInt(String::length).reversed());
        int flags = ambiguous ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        WordStartMatcher.Builder b = WordStartMatcher.builder();
        for (String n : names) {
            String quoted = Pattern.quote(n).replace(" ", "\\E\\s{1,3}+\\Q");
            Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + quoted + ")(?![\\p{L}\\p{N}])", flags);
            b.addWord(p, n.split(" ")[0], false, null);
        }
        return b.build();
    }
}
