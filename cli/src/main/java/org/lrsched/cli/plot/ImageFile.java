package org.lrsched.cli.plot;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.knowm.xchart.internal.chartpart.Chart;
import org.lrsched.cli.io.CliError;
import org.lrsched.cli.io.IoMessages;
import org.lrsched.cli.io.Output;

/** A chart or an image saved to a file through {@link Output}: it appears only once complete. */
public final class ImageFile {
    private ImageFile() {}

    /** {@code chart} in the format {@code file}'s extension names ({@link ImageFormat}). */
    public static void write(Chart<?, ?> chart, Path file, PrintWriter err) {
        save(ImageFormat.of(file).encode(chart), file, err);
    }

    /** {@code image} as a PNG file. */
    public static void png(BufferedImage image, Path file, PrintWriter err) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageFormat.png(image, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a memory stream does not fail
        }
        save(bytes.toByteArray(), file, err);
    }

    private static void save(byte[] bytes, Path file, PrintWriter err) {
        try (Output out = Output.file(file, err)) {
            out.stream().write(bytes);
            out.commit();
        } catch (IOException e) {
            throw new CliError("cannot write " + file + ": " + IoMessages.describe(e));
        }
    }
}
