package io.isoledger.hostile;

/**
 * The shortest string a simple pattern of the OpenAPI document matches, e.g. {@code AL-0} for
 * {@code ^AL-[0-9]{1,18}$}: anchors, literals and character classes with {@code {m,n}}, {@code +}
 * or {@code *} quantifiers, all the path parameters use.
 */
final class RegexSample {

    private RegexSample() {}

    static String of(String pattern) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            String unit;
            if (c == '^' || c == '$') {
                i++;
                continue;
            } else if (c == '[') {
                int end = pattern.indexOf(']', i + 2);
                unit = String.valueOf(pattern.charAt(i + 1) == '\\' ? pattern.charAt(i + 2) : pattern.charAt(i + 1));
                i = end + 1;
            } else if (c == '\\') {
                unit = String.valueOf(pattern.charAt(i + 1));
                i += 2;
            } else {
                unit = String.valueOf(c);
                i++;
            }
            int times = 1;
            if (i < pattern.length() && pattern.charAt(i) == '{') {
                int end = pattern.indexOf('}', i);
                times = Math.max(
                        1, Integer.parseInt(pattern.substring(i + 1, end).split(",")[0]));
                i = end + 1;
            } else if (i < pattern.length() && (pattern.charAt(i) == '+' || pattern.charAt(i) == '*')) {
                i++;
            }
            out.append(unit.repeat(times));
        }
        return out.toString();
    }
}
