package org.lrsched.cli.plot;

/** One schedule's line on a plot: its legend name and its (down-sampled) points. */
public record PlotLine(String name, ColumnSampler.Points points) {}
