package org.lrsched.cli.table;

import java.nio.charset.StandardCharsets;

/**
 * The header of a one-dimensional NumPy {@code .npy} file, format version 1.0, byte for byte as
 * {@code numpy.save} writes it: the magic {@code \x93NUMPY}, version 1 0, the header's length as a little-endian
 * uint16, then the header dict padded with spaces and ended by a newline so the data starts on a multiple of 64
 * bytes. NumPy leaves room for the shape to grow to 21 digits; so do we, so the files are identical.
 */
final class NpyHeader {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0};
    private static final int PREAMBLE = MAGIC.length + 2;
    private static final int ALIGN = 64;
    private static final int SHAPE_DIGITS = 21;

    private NpyHeader() {}

    static byte[] of(Precision precision, long length) {
        String descr = precision == Precision.FLOAT ? "<f4" : "<f8";
        String shape = String.valueOf(length);
        StringBuilder dict = new StringBuilder("{'descr': '").append(descr)
                .append("', 'fortran_order': False, 'shape': (").append(shape).append(",), }")
                .append(" ".repeat(SHAPE_DIGITS - shape.length()));
        int pad = ALIGN - (PREAMBLE + dict.length() + 1) % ALIGN;
        dict.append(" ".repeat(pad)).append('\n');

        byte[] text = dict.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] header = new byte[PREAMBLE + text.length];
        System.arraycopy(MAGIC, 0, header, 0, MAGIC.length);
        header[MAGIC.length] = (byte) text.length;
        header[MAGIC.length + 1] = (byte) (text.length >>> 8);
        System.arraycopy(text, 0, header, PREAMBLE, text.length);
        return header;
    }
}
