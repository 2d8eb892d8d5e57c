package io.isoledger.hostile;

import java.util.LinkedHashMap;
import java.util.Map;

/** The odd strings the corpus puts into fields, ids and parameters; also those the round-trip test stores. */
final class HostileStrings {

    private HostileStrings() {}

    static final String NUL = "\u0000";
    static final String BEL = "\u0007";
    static final String RLO = "\u202e";
    /** A UTF-16 high surrogate with no low one: not a Unicode scalar value, so not text at all. */
    static final String LONE_SURROGATE = "\ud800";

    static final String JAPANESE = "副作用：唇の乾燥がひどい";
    static final String ARABIC = "جفاف شديد في الشفاه";
    static final String EMOJI = "💊👩🏽‍⚕️🧪";

    static final String SQL_OR = "' OR 1=1 --";
    static final String SQL_DROP = "\"; DROP TABLE patient_summary; --";
    static final String SCRIPT = "<script>alert(1)</script>";

    /** Control characters, each appended to a field's valid value. */
    static Map<String, String> controlCharacters() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("NUL (\\u0000)", NUL);
        m.put("BEL (\\u0007)", BEL);
        m.put("right-to-left override (\\u202e)", RLO);
        m.put("lone surrogate (\\ud800)", LONE_SURROGATE);
        return m;
    }

    /** Other scripts, each replacing a field's value. */
    static Map<String, String> otherScripts() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Japanese", JAPANESE);
        m.put("Arabic", ARABIC);
        m.put("emoji", EMOJI);
        return m;
    }

    /** Injection attempts, each replacing a field's value. */
    static Map<String, String> injections() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("SQL injection " + SQL_OR, SQL_OR);
        m.put("SQL injection " + SQL_DROP, SQL_DROP);
        m.put("script injection " + SCRIPT, SCRIPT);
        return m;
    }

    /**
     * Values no field can hold faithfully, whatever its schema says: PostgreSQL text cannot store NUL,
     * and a lone surrogate has no UTF-8 encoding (it comes back as "?").
     */
    static boolean neverStorable(String value) {
        return value.contains(NUL) || hasLoneSurrogate(value);
    }

    static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** Free text that is valid and odd: what the service must store and give back unchanged. */
    static Map<String, String> oddButValidText() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Japanese", JAPANESE);
        m.put("Arabic", ARABIC);
        m.put("emoji with skin tone and ZWJ", EMOJI);
        m.put("mixed scripts with a right-to-left override", "ok " + RLO + "txet" + " — " + ARABIC);
        m.put("BEL control character", "beep" + BEL + "beep");
        m.put("tab, CR and LF", "line 1\r\nline 2\tend");
        m.put("SQL injection " + SQL_OR, SQL_OR);
        m.put("SQL injection " + SQL_DROP, SQL_DROP);
        m.put("script injection", SCRIPT);
        m.put("JSON and backslashes", "{\"a\": [1, 2]} \\u0041 \\\\ \\n");
        m.put("combining characters (e + U+0301)", "cafe\u0301 vs café");
        m.put("1000 emoji (2000 UTF-16 units, the maximum)", "💊".repeat(1000));
        m.put("2000 Japanese characters (the maximum)", "あ".repeat(2000));
        return m;
    }
}
