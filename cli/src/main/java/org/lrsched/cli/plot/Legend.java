package org.lrsched.cli.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * A plot's legend, drawn below it as a grid that always fits the width (XChart's own keeps to one row and cuts it
 * at both edges): cells as wide as the short names, a longer name spanning as many cells as it needs, and a name
 * longer than the width wrapped onto lines of its own, at spaces.
 */
final class Legend {
    static final Legend NONE = new Legend(List.of(), PlotStyle.LINES, 0);

    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    private static final int MARGIN = 40;
    private static final int SWATCH = 30;
    private static final int GAP = 8;
    private static final int COLUMN_GAP = 28;
    private static final int PADDING = 10;
    private static final FontMetrics METRICS = metrics();

    /** A name's lines, how it is drawn, and its place in the grid. */
    private record Entry(List<String> lines, SeriesLook look, int row, int column) {}

    private final List<Entry> entries = new ArrayList<>();
    private final List<Integer> rowLines = new ArrayList<>();
    private final PlotStyle style;
    private final int cell;
    private final int columns;

    /** The legend of {@code names}, the i-th drawn as the i-th series, in a picture {@code width} pixels wide. */
    Legend(List<String> names, PlotStyle style, int width) {
        this.style = style;
        int room = Math.max(SWATCH + GAP + 1, width - 2 * MARGIN);
        List<List<String>> wrapped = names.stream().map(name -> wrap(name, room - SWATCH - GAP)).toList();
        cell = cellWidth(wrapped, room);
        columns = Math.max(1, (room + COLUMN_GAP) / (cell + COLUMN_GAP));
        int row = 0;
        int column = 0;
        for (int i = 0; i < wrapped.size(); i++) {
            List<String> lines = wrapped.get(i);
            int span = cellsFor(width(lines));
            if (column + span > columns) {
                row++;
                column = 0;
            }
            if (rowLines.size() == row) {
                rowLines.add(1);
            }
            rowLines.set(row, Math.max(rowLines.get(row), lines.size()));
            entries.add(new Entry(lines, SeriesLook.of(i), row, column));
            column += span;
        }
    }

    /** Pixels below the plot; 0 for no legend. */
    int height() {
        return entries.isEmpty() ? 0 : 2 * PADDING + rowTop(rowLines.size());
    }

    /** Draws the legend into {@code g}, whose origin is the legend's top left corner, {@code width} wide. */
    void paint(Graphics2D g, int width) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height());
        g.setFont(FONT);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int used = entries.stream().mapToInt(e -> e.column() * (cell + COLUMN_GAP) + width(e.lines())).max().orElse(0);
        int left = (width - used) / 2; // the block as filled, centred
        for (Entry entry : entries) {
            paint(g, entry, left + entry.column() * (cell + COLUMN_GAP), PADDING + rowTop(entry.row()));
        }
    }

    private void paint(Graphics2D g, Entry entry, int x, int top) {
        int middle = top + METRICS.getHeight() / 2;
        g.setColor(entry.look().color());
        if (style == PlotStyle.POINTS) {
            for (int dot = 0; dot < 3; dot++) {
                entry.look().point().paint(g, x + 5 + dot * (SWATCH - 10) / 2.0, middle, 7);
            }
        } else {
            g.setStroke(new BasicStroke(entry.look().line().getLineWidth() + 1f));
            g.drawLine(x, middle, x + SWATCH, middle);
        }
        g.setColor(Color.BLACK);
        for (int i = 0; i < entry.lines().size(); i++) {
            g.drawString(entry.lines().get(i), x + SWATCH + GAP, top + i * METRICS.getHeight() + METRICS.getAscent());
        }
    }

    /** The cells an entry {@code width} pixels wide spans: n cells hold n cells and n - 1 gaps. */
    private int cellsFor(int width) {
        int cells = (width + COLUMN_GAP + cell + COLUMN_GAP - 1) / (cell + COLUMN_GAP); // rounded up
        return Math.min(columns, cells);
    }

    /** As wide as the widest name that fits four to a row, else two to a row, else the whole width. */
    private static int cellWidth(List<List<String>> names, int room) {
        for (int perRow : new int[] {4, 2}) {
            int fit = (room - (perRow - 1) * COLUMN_GAP) / perRow;
            int widest = names.stream().mapToInt(Legend::width).filter(w -> w <= fit).max().orElse(0);
            if (widest > 0) {
                return widest;
            }
        }
        return room;
    }

    /** Pixels from the first row's top to {@code row}'s. */
    private int rowTop(int row) {
        int top = 0;
        for (int r = 0; r < row; r++) {
            top += rowLines.get(r) * METRICS.getHeight() + GAP;
        }
        return top;
    }

    /** An entry's width: its swatch and its longest line. */
    private static int width(List<String> lines) {
        return SWATCH + GAP + lines.stream().mapToInt(METRICS::stringWidth).max().orElse(0);
    }

    /** {@code name} on as few lines as fit {@code room} pixels, broken at a space (a spec's after a comma). */
    private static List<String> wrap(String name, int room) {
        List<String> lines = new ArrayList<>();
        String rest = name;
        while (METRICS.stringWidth(rest) > room) {
            int end = 1;
            while (end < rest.length() && METRICS.stringWidth(rest.substring(0, end + 1)) <= room) {
                end++;
            }
            int space = rest.lastIndexOf(' ', end - 1);
            int cut = space > 0 ? space : end;
            lines.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        lines.add(rest);
        return lines;
    }

    /** The legend is measured before it is drawn: the picture's height depends on it. */
    private static FontMetrics metrics() {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            return g.getFontMetrics(FONT);
        } finally {
            g.dispose();
        }
    }
}
