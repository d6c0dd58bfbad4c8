package org.lrsched.cli.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lrsched.cli.Cli;

/** Counts and steps as people write them: 1000000, 1_000_000, 1e6; never a fraction, never past a long. */
class WholeNumbersTest {

    @ParameterizedTest
    @CsvSource({"1000000, 1000000", "1_000_000, 1000000", "1e6, 1000000", "1E6, 1000000", "2.5e3, 2500",
        "5.0, 5", "+7, 7", "-1e3, -1000", "0e999999999, 0", "100e-2, 1", "9223372036854775807, 9223372036854775807",
        "9.223372036854775807e18, 9223372036854775807", "-9223372036854775808, -9223372036854775808"})
    void everySpellingOfAWholeNumber(String text, long value) {
        assertThat(WholeNumbers.parse(text)).isEqualTo(value);
    }

    @Test
    void aFractionIsShownAsTheNumberItIs() {
        assertThatThrownBy(() -> WholeNumbers.parse("1e-3")).hasMessage("is not a whole number: it is 0.001");
        assertThatThrownBy(() -> WholeNumbers.parse("1.5")).hasMessage("is not a whole number");
        assertThatThrownBy(() -> WholeNumbers.parse("1e-999999999")).hasMessageStartingWith("is not a whole number");
    }

    /** Nothing of the size is ever written out: 1e999999999 would be a billion digits. */
    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775808", "1e19", "1e999999999", "1e9999999999", "-9.3e18"})
    void pastALong(String text) {
        assertThatThrownBy(() -> WholeNumbers.parse(text)).hasMessage("is beyond a 64-bit integer");
    }

    /** BigDecimal would take minutes over 10 MB of digits: such a text is refused unread. */
    @Test
    @Timeout(5)
    void aHugeTextIsRefusedAtOnce() {
        assertThatThrownBy(() -> WholeNumbers.parse("9".repeat(10_000_000)))
                .hasMessage("is longer than a number here may be (64 characters)");
        assertThat(WholeNumbers.parse("0".repeat(63) + "7")).isEqualTo(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x", "12x", "0x10", "1__0", "_1", "1_", "1._5", ".5", "1.", "1e", "e6", " 5",
        "\u0663", "\uff13", "1,000"})
    void notANumber(String text) {
        assertThatThrownBy(() -> WholeNumbers.parse(text)).isInstanceOf(NumberFormatException.class)
                .hasMessageStartingWith("is not a whole number (digits 0-9");
    }

    @Test
    void everyCountLikeOptionTakesThem() {
        String million = Cli.run("table", "sgdr", "--count", "1000000", "--format", "raw").succeeded().out();
        assertThat(Cli.run("table", "sgdr", "--count", "1e6", "--format", "raw").succeeded().out()).isEqualTo(million);
        assertThat(Cli.run("table", "sgdr", "--count", "1_000_000", "--format", "raw").succeeded().out())
                .isEqualTo(million);
        assertThat(Cli.run("at", "sgdr", "1e12").succeeded().out()).isEqualTo(Cli.run("at", "sgdr", "1000000000000")
                .succeeded().out());
        assertThat(Cli.run("cycles", "sgdr", "--from", "1e6", "--count", "1e3").succeeded().out())
                .isEqualTo(Cli.run("cycles", "sgdr", "--from", "1000000", "--count", "1000").succeeded().out());
        Cli.run("verify", "sgdr", "--count", "1.5").failedWith("--count", "'1.5' is not a whole number");
        Cli.run("bench", "--vector-size", "3.2e1x").failedWith("--vector-size", "'3.2e1x' is not a whole number");
    }
}
