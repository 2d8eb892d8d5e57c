package io.isoledger.web.json;

import java.math.BigDecimal;

/** Read-model decimals come back with the column's scale (21.000); clients expect 21. */
public final class Decimals {

    private Decimals() {}

    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
