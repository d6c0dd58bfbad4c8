package org.lrsched.formula;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Python's int/int division: the exact quotient rounded once, for any unsigned 64-bit operands. */
class ExactQuotientTest {

    private static BigDecimal unsigned(long x) {
        return new BigDecimal(new BigInteger(Long.toUnsignedString(x)));
    }

    @Test
    void isTheCorrectlyRoundedQuotient() {
        SplittableRandom random = new SplittableRandom(7);
        for (int k = 0; k < 200_000; k++) {
            long a = random.nextLong() >>> random.nextInt(64);
            long b = Math.max(1, random.nextLong() >>> random.nextInt(64));
            // 400 significant digits decide the rounding of a quotient of 64-bit integers
            double want = unsigned(a).divide(unsigned(b), new MathContext(400)).doubleValue();
            assertThat(ExactQuotient.unsigned(a, b)).as("%s / %s", Long.toUnsignedString(a),
                    Long.toUnsignedString(b)).isEqualTo(want);
        }
    }

    @Test
    void differsFromTheDoubleDivisionPast2To53() {
        // Python: 9007199254740993 / 3 -> 3002399751580331.0; float(9007199254740993) / 3.0 -> 3002399751580330.5
        assertThat(ExactQuotient.unsigned(9007199254740993L, 3)).isEqualTo(3002399751580331.0);
        assertThat((double) 9007199254740993L / 3.0).isEqualTo(3002399751580330.5);
        // past 2^63, as y + c0 of the inverse sqrt gets: (2^64 - 1) / 1
        assertThat(ExactQuotient.unsigned(-1L, 1)).isEqualTo(0x1p64);
        assertThat(ExactQuotient.unsigned(0, 5)).isEqualTo(0.0);
    }
}
