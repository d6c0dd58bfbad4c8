package org.lrsched.cli.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/** Charts of equal size laid out in a grid, row by row, on white: several charts in one picture. */
public final class ChartGrid {
    private ChartGrid() {}

    public static BufferedImage of(List<? extends Chart<?, ?>> charts, int columns) {
        List<BufferedImage> images = charts.stream().map(BitmapEncoder::getBufferedImage).toList();
        int width = images.get(0).getWidth();
        int height = images.get(0).getHeight();
        int rows = (images.size() + columns - 1) / columns;
        BufferedImage grid = new BufferedImage(columns * width, rows * height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = grid.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, grid.getWidth(), grid.getHeight());
            for (int i = 0; i < images.size(); i++) {
                g.drawImage(images.get(i), (i % columns) * width, (i / columns) * height, null);
            }
        } finally {
            g.dispose();
        }
        return grid;
    }
}
