package io.isoledger.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@link ByteSize} reads sizes as Quarkus' memory sizes do: units of 1024. */
class ByteSizeTest {

    @Test
    void readsBytesAndUnitsOf1024() {
        assertThat(ByteSize.valueOf("8192").bytes()).isEqualTo(8192L);
        assertThat(ByteSize.valueOf("20K").bytes()).isEqualTo(20_480L);
        assertThat(ByteSize.valueOf("20k").bytes()).isEqualTo(20_480L);
        assertThat(ByteSize.valueOf("64B").bytes()).isEqualTo(64L);
        assertThat(ByteSize.valueOf("1M").bytes()).isEqualTo(1_048_576L);
        assertThat(ByteSize.valueOf("2G").bytes()).isEqualTo(2_147_483_648L);
    }

    @Test
    void refusesAnythingElse() {
        assertThatThrownBy(() -> ByteSize.valueOf("-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ByteSize.valueOf("20 KB")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ByteSize.valueOf("9999999999T")).isInstanceOf(ArithmeticException.class);
    }
}
