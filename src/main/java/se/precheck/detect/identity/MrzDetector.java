package se.precheck.detect.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import se.precheck.detect.Detector;
import se.precheck.detect.Finding;
import se.precheck.detect.NormalizedText;
import se.precheck.policy.Category;
import se.precheck.policy.Policy;

/**
 * Machine-readable zones of passports ({@code P<SWE…}, 2 × 44 characters) and ID cards
 * ({@code I<SWE…}, 3 × 30): name, document number, birth date and, in Swedish documents, the
 * personnummer. Consecutive MRZ lines are reported as one finding.
 */
public final class MrzDetector implements Detector {

    private static final int MIN_LINE = 28;
    private static final int MAX_LINE = 44;
    /** Document code (P, I, A, C, V), a type letter or '<', and an issuing state. */
    private static final Pattern DOCUMENT_CODE = Pattern.compile("[PIACV][A-Z<][A-Z<]{3}");

    @Override
    public List<Finding> detect(NormalizedText text, Policy policy) {
        String s = text.text();
        List<Finding> out = new ArrayList<>();
        int blockStart = -1;
        int blockEnd = -1;
        boolean blockHasFirstLine = false;
        // Every line that counts has a '<' filler, so only runs around a '<' are looked at.
        for (int filler = s.indexOf('<'); filler >= 0; ) {
            int start = filler;
            while (start > 0 && isMrzChar(s.charAt(start - 1))) {
                start--;
            }
            int end = filler;
            while (end < s.length() && isMrzChar(s.charAt(end))) {
                end++;
            }
            filler = s.indexOf('<', end);
            if (end - start < MIN_LINE || end - start > MAX_LINE) {
                continue;
            }
            String line = s.substring(start, end);
            // a real first line is padded with fillers to its fixed length
            boolean first = DOCUMENT_CODE.matcher(line).lookingAt() && line.contains("<<") && line.endsWith("<");
            boolean continues = blockStart >= 0 && onlyLineBreak(s, blockEnd, start);
            if (!first && !isDataLine(line) && !(continues && isNameLine(line))) {
                continue;
            }
            if (continues) {
                blockEnd = end;
                blockHasFirstLine |= first;
                continue;
            }
            flush(out, blockStart, blockEnd, blockHasFirstLine);
            blockStart = start;
            blockEnd = end;
            blockHasFirstLine = first;
        }
        flush(out, blockStart, blockEnd, blockHasFirstLine);
        return out;
    }

    /** The characters of a machine-readable zone: capitals, digits and the '<' filler. */
    private static boolean isMrzChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '<';
    }

    /** Second or third lines: fillers and digits (document number, birth date, expiry with check digits). */
    private static boolean isDataLine(String line) {
        long fillers = line.chars().filter(c -> c == '<').count();
        long digits = line.chars().filter(Character::isDigit).count();
        return fillers >= 3 && digits >= 12;
    }

    /** The third line of an ID card: surname, "<<", given names. Only counts after another MRZ line. */
    private static boolean isNameLine(String line) {
        return line.contains("<<") && line.chars().allMatch(c -> c == '<' || (c >= 'A' && c <= 'Z'));
    }

    private static boolean onlyLineBreak(String s, int from, int to) {
        String gap = s.substring(from, to);
        return gap.equals("\n") || gap.equals("\r\n") || gap.equals(" ") || gap.equals(" \n") || gap.equals("\n\n");
    }

    private static void flush(List<Finding> out, int start, int end, boolean hasFirstLine) {
        if (start < 0) {
            return;
        }
        out.add(new Finding(Category.PERSONNUMMER, start, end, hasFirstLine ? 0.95 : 0.85, "R4-id-handling",
                hasFirstLine ? "mrz;document-code" : "mrz;data-line"));
    }
}
