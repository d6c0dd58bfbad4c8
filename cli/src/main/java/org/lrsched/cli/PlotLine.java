package org.lrsched.cli;

/** One schedule's line on a plot: its legend name and its (down-sampled) points. */
record PlotLine(String name, ColumnSampler.Points points) {}
