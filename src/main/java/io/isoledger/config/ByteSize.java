package io.isoledger.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number of bytes as a setting writes it, like Quarkus' memory sizes: digits and an optional unit,
 * {@code B}, {@code K}, {@code M}, {@code G} or {@code T}, each 1024 times the last ({@code 20K} is
 * 20480 bytes). A type of {@link IsoLedgerConfig}'s tree ({@link HttpConfig#maxHeaderSize()}); the
 * configuration converts a value with {@link #valueOf(String)}.
 */
public record ByteSize(long bytes) {

    private static final Pattern FORMAT = Pattern.compile("(\\d+)([BbKkMmGgTt]?)");
    private static final String UNITS = "BKMGT";

    public ByteSize {
        if (bytes < 0) {
            throw new IllegalArgumentException("a size is not negative: " + bytes);
        }
    }

    /** Reads {@code 8192}, {@code 20K}, {@code 1M}...; throws on anything else, or past a long. */
    public static ByteSize valueOf(String text) {
        Matcher matcher = FORMAT.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a size: digits and an optional unit B, K, M, G or T");
        }
        String unit = matcher.group(2).toUpperCase(Locale.ROOT);
        int power = unit.isEmpty() ? 0 : UNITS.indexOf(unit);
        long bytes = Long.parseLong(matcher.group(1));
        for (int i = 0; i < power; i++) {
            bytes = Math.multiplyExact(bytes, 1024L);
        }
        return new ByteSize(bytes);
    }
}
