package io.isoledger.units;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Between the print forms lab systems send (µkat/L, mIU/mL) and UCUM codes (ukat/L, m[IU]/mL), by
 * rule rather than by a table of units: the micro sign and the international unit's brackets are
 * what print forms change.
 */
final class UcumCodes {

    private static final char MICRO_SIGN = '\u00B5';
    private static final char GREEK_MU = '\u03BC';

    private static final Pattern BARE_IU = Pattern.compile("(?<!\\[)IU(?!])");
    private static final Pattern BRACKETED_IU = Pattern.compile("\\[IU]");
    // Only the prefix is u followed by a letter: the one unit spelt u (atomic mass) stands alone.
    private static final Pattern MICRO_PREFIX = Pattern.compile("(^|[./(])u(?=[A-Za-z\\[])");

    private UcumCodes() {}

    /** The UCUM code a print form spells, or empty if there is no text. */
    static Optional<String> fromPrintForm(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String code = text.strip().replace(MICRO_SIGN, 'u').replace(GREEK_MU, 'u');
        return Optional.of(BARE_IU.matcher(code).replaceAll("[IU]"));
    }

    /** The form a person reads and a lab system sends; {@link #fromPrintForm} turns it back into the code. */
    static String toPrintForm(String code) {
        String print = BRACKETED_IU.matcher(code).replaceAll("IU");
        return MICRO_PREFIX.matcher(print).replaceAll("$1" + MICRO_SIGN);
    }
}
