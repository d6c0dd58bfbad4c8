package org.lrsched.simd;

import static org.assertj.core.api.Assertions.assertThat;

import jdk.incubator.vector.DoubleVector;
import org.junit.jupiter.api.Test;

/** The cosine pieces' unit against (1 + StrictMath.cos) / 2 over the whole angle range [0, pi]. */
class HalfCosinesTest {

    @Test
    void withinTwoTenthsOfAQuadrillionthEverywhere() {
        int lanes = Species.LANES;
        double[] theta = new double[lanes];
        double[] unit = new double[lanes];
        double worst = 0;
        int samples = 4_000_000;
        for (int i = 0; i < samples; i += lanes) {
            for (int j = 0; j < lanes; j++) {
                theta[j] = Math.PI * (i + j) / (samples - 1.0);
            }
            HalfCosines.unit(DoubleVector.fromArray(Species.DOUBLES, theta, 0)).intoArray(unit, 0);
            for (int j = 0; j < lanes && i + j < samples; j++) {
                worst = Math.max(worst, Math.abs(unit[j] - (1 + StrictMath.cos(theta[j])) / 2));
            }
        }
        // the contract allows 2^-51 (4.4e-16) of the unit for values scaled by r <= 2 max|lr|
        assertThat(worst).isLessThanOrEqualTo(3e-16);
    }
}
