package org.lrsched.cli.plot;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.knowm.xchart.internal.chartpart.Chart;
import org.lrsched.cli.io.CliError;

/**
 * The formats a chart is written in, picked by the file name's extension: PNG through XChart's bitmap encoder,
 * SVG and PDF through its vector-graphics encoder. Any other name is refused before anything is computed, rather
 * than given bytes it does not name.
 */
public enum ImageFormat {
    PNG, SVG, PDF;

    /** The format {@code file}'s extension names. */
    public static ImageFormat of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        for (ImageFormat format : values()) {
            if (format.name().equalsIgnoreCase(extension)) {
                return format;
            }
        }
        throw new CliError("cannot write " + file + ": charts are PNG, SVG or PDF, picked by the file's extension"
                + " (.png, .svg or .pdf)");
    }

    /** {@code chart}'s bytes in this format, in memory: writing the file can then fail only for the file's sake. */
    byte[] encode(Chart<?, ?> chart) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            switch (this) {
                case PNG -> png(BitmapEncoder.getBufferedImage(chart), bytes);
                case SVG -> VectorGraphicsEncoder.saveVectorGraphic(chart, bytes, VectorGraphicsFormat.SVG);
                case PDF -> VectorGraphicsEncoder.saveVectorGraphic(chart, bytes, VectorGraphicsFormat.PDF);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a memory stream does not fail
        }
        return bytes.toByteArray();
    }

    static void png(BufferedImage image, ByteArrayOutputStream bytes) throws IOException {
        ImageIO.setUseCache(false); // encode in memory, not through a cache file in java.io.tmpdir
        ImageIO.write(image, "png", bytes);
    }
}
