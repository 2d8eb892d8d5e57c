package io.isoledger.hostile;

/** Strings for test names and failure messages: control and invisible characters shown as escapes. */
final class Text {

    private Text() {}

    static String printable(String s, int max) {
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < s.length() && shown < max; i++, shown++) {
            char c = s.charAt(i);
            boolean loneSurrogate = Character.isHighSurrogate(c)
                    ? !(i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
                    : Character.isLowSurrogate(c) && !(i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT || loneSurrogate) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (s.length() > max) {
            out.append("…(").append(s.length()).append(" chars)");
        }
        return out.toString();
    }
}
