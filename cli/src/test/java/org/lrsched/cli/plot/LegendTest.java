package org.lrsched.cli.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The legend below a plot: everything it draws stays inside the picture, however many and long the names. */
class LegendTest {
    private static final int WIDTH = 1000;
    private static final String LONG = "linear_warmup(schedule=cyclical(shape=cosine(min_lr=1.0E-5, max_lr=0.1),"
            + " cycle_length=10000, cycle_length_decay=2, cycle_magnitude_decay=1.0), start_lr=0.0, length=1000)";

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 8, 12, 20})
    void namesOfAnyLengthFitTheWidth(int lines) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            names.add(i % 3 == 2 ? LONG : "cyclical_triangular_" + i);
        }
        for (PlotStyle style : PlotStyle.values()) {
            BufferedImage image = drawn(new Legend(names, style, WIDTH));

            assertThat(inkIn(image, 0, 20)).as("ink at the left edge").isZero();
            assertThat(inkIn(image, WIDTH - 20, WIDTH)).as("ink at the right edge").isZero();
            assertThat(inkIn(image, 20, WIDTH - 20)).as("the names are drawn").isPositive();
        }
    }

    @Test
    void moreNamesMakeMoreRowsAndShortOnesShareARow() {
        int one = new Legend(List.of("sgdr"), PlotStyle.LINES, WIDTH).height();
        int four = new Legend(List.of("sgdr", "one_cycle", "cosine_annealing", "flax_triangular"), PlotStyle.LINES,
                WIDTH).height();
        int twoLong = new Legend(List.of(LONG, LONG), PlotStyle.LINES, WIDTH).height();

        assertThat(four).isEqualTo(one);
        assertThat(twoLong).isGreaterThan(3 * one / 2);
        assertThat(Legend.NONE.height()).isZero();
    }

    private static BufferedImage drawn(Legend legend) {
        BufferedImage image = new BufferedImage(WIDTH, legend.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            legend.paint(g, WIDTH);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Pixels that are not white in the columns {@code [from, to)}. */
    private static int inkIn(BufferedImage image, int from, int to) {
        int ink = 0;
        for (int x = from; x < to; x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                ink += image.getRGB(x, y) == Color.WHITE.getRGB() ? 0 : 1;
            }
        }
        return ink;
    }
}
