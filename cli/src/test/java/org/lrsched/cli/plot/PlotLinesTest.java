package org.lrsched.cli.plot;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lrsched.cli.io.CliError;

/** The lines of a plot: values that are not finite are refused by their step. */
class PlotLinesTest {

    /** Schedules promise never to give one (B2, B7 gave some); should one come, the plot says where, not XChart. */
    @Test
    void aValueThatIsNotFiniteIsNamedByItsStep() {
        double[] chunk = {1, 2, Double.NaN, Double.POSITIVE_INFINITY};

        assertThatThrownBy(() -> PlotLines.requireFinite("sgdr", 100, chunk, 4)).isInstanceOf(CliError.class)
                .hasMessage("cannot plot sgdr: its learning rate at step 102 is NaN");
        assertThatThrownBy(() -> PlotLines.requireFinite("sgdr", 100, new double[] {1, Double.NEGATIVE_INFINITY}, 2))
                .hasMessage("cannot plot sgdr: its learning rate at step 101 is -Infinity");
        PlotLines.requireFinite("sgdr", 100, chunk, 2);
    }
}
