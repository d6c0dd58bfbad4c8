package org.lrsched.cli.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The colour, line and marker of a plot's n-th schedule, the same in the plot and in its legend: matplotlib's ten
 * colours, as in the documents' figures, then their light companions (tab20's) drawn thicker, with square points,
 * so twenty schedules are still told apart. (Dashes would not show: XChart strokes each segment on its own.)
 */
record SeriesLook(Color color, BasicStroke line, Marker point) {
    private static final int[] COLORS = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b, 0xe377c2,
        0x7f7f7f, 0xbcbd22, 0x17becf};
    private static final int[] LIGHT = {0xaec7e8, 0xffbb78, 0x98df8a, 0xff9896, 0xc5b0d5, 0xc49c94, 0xf7b6d2,
        0xc7c7c7, 0xdbdb8d, 0x9edae5};
    private static final BasicStroke THIN = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
    private static final BasicStroke THICK = new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);

    static SeriesLook of(int index) {
        int color = index % COLORS.length;
        return (index / COLORS.length) % 2 == 0 ? new SeriesLook(new Color(COLORS[color]), THIN, SeriesMarkers.CIRCLE)
                : new SeriesLook(new Color(LIGHT[color]), THICK, SeriesMarkers.SQUARE);
    }
}
