package se.precheck.detect.userules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The beginnings that the steps of one matcher's phrases ask of the words after a phrase's first
 * word ({@link WordStartMatcher.NextWords}), all in one table. Why: a common first word ("kan",
 * "den", a capitalised word) opens dozens of phrases, and each used to look the next word up in
 * its own small table. Here the next word is looked up once (its {@link #groupAt group}), and
 * each step then tests one bit: does that group hold one of the step's beginnings.
 */
final class NextWordKeys {

    private final Map<PrefixKeys, Integer> ids;
    private final PackedKeyTable table;
    /** For each group of {@link #table}: a bit for each step whose beginnings it holds one of. */
    private final long[][] opens;

    private NextWordKeys(Map<PrefixKeys, Integer> ids, PackedKeyTable table, long[][] opens) {
        this.ids = ids;
        this.table = table;
        this.opens = opens;
    }

    /** The table of the steps of {@code looks} (null entries are phrases of one token). */
    static NextWordKeys of(List<WordStartMatcher.NextWords> looks) {
        List<PrefixKeys> steps = new ArrayList<>();
        for (WordStartMatcher.NextWords look : looks) {
            if (look == null) {
                continue;
            }
            for (WordStartMatcher.NextWords.Step step : look.steps()) {
                if (step.starts() != null) {
                    steps.add(step.starts());
                }
            }
        }
        return ofKeys(steps);
    }

    /** The table of some sets of beginnings, each numbered by its first place in {@code sets} (the same object counts once). */
    static NextWordKeys ofKeys(List<PrefixKeys> sets) {
        Map<PrefixKeys, Integer> ids = new IdentityHashMap<>();
        List<PrefixKeys> steps = new ArrayList<>();
        TreeSet<String> all = new TreeSet<>();
        for (PrefixKeys set : sets) {
            if (!ids.containsKey(set)) {
                ids.put(set, steps.size());
                steps.add(set);
                all.addAll(set.keys());
            }
        }
        PrefixKeys union = PrefixKeys.of(new ArrayList<>(all));
        List<String> keys = union.keys();
        PackedKeyTable table = union.table();
        int words = (steps.size() + Long.SIZE - 1) / Long.SIZE;
        long[][] opens = new long[table.groups()][words];
        for (int s = 0; s < steps.size(); s++) {
            TreeSet<Integer> own = new TreeSet<>();
            for (String key : steps.get(s).keys()) {
                own.add(Collections.binarySearch(keys, key));
            }
            for (int g = 0; g < table.groups(); g++) {
                for (int k : table.group(g)) {
                    if (own.contains(k)) {
                        opens[g][s / Long.SIZE] |= 1L << s;
                        break;
                    }
                }
            }
        }
        return new NextWordKeys(ids, table, opens);
    }

    /** The number of a step's beginnings in this table. */
    int id(PrefixKeys starts) {
        Integer id = ids.get(starts);
        if (id == null) {
            throw new IllegalArgumentException("step not in this table");
        }
        return id;
    }

    /** The group of the word starting at {@code i}, or -1 when it begins with none of the beginnings. */
    int groupAt(String t, int i) {
        return table.groupAt(t, i);
    }

    /** Whether a word of group {@code group} begins with one of step {@code step}'s beginnings. */
    boolean opens(int group, int step) {
        return group >= 0 && (opens[group][step / Long.SIZE] & (1L << step)) != 0;
    }
}
