package se.precheck.web;

/** CSV for Swedish Excel: semicolons, quotes where needed, and no cell that a spreadsheet would run as a formula. */
final class Csv {

    private Csv() {
    }

    static void row(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) out.append(';');
            out.append(cell(cells[i]));
        }
        out.append("\r\n");
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
