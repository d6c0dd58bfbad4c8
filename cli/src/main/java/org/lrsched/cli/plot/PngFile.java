package org.lrsched.cli.plot;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.lrsched.cli.io.CliError;
import org.lrsched.cli.io.IoMessages;
import org.lrsched.cli.io.Output;

/** An image saved as a PNG file, through {@link Output}: it appears only once complete. */
public final class PngFile {
    private PngFile() {}

    public static void write(BufferedImage image, Path file, PrintWriter err) {
        byte[] png = encode(image); // in memory first: only the file's own errors can happen while writing it
        try (Output out = Output.file(file, err)) {
            out.stream().write(png);
            out.commit();
        } catch (IOException e) {
            throw new CliError("cannot write " + file + ": " + IoMessages.describe(e));
        }
    }

    private static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.setUseCache(false); // encode in memory, not through a cache file in java.io.tmpdir
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a memory stream does not fail
        }
        return png.toByteArray();
    }
}
