package org.lrsched.formula;

/**
 * Where a table is written: a {@code double[]} or a {@code float[]}, chosen once per fill. Values arrive as
 * doubles; a float table rounds each to the nearest float.
 */
public abstract sealed class Out permits Out.Doubles, Out.Floats {

    private Out() {}

    /**
     * A double table.
     *
     * @param values the array written
     * @return the table
     */
    public static Doubles of(double[] values) {
        return new Doubles(values);
    }

    /**
     * A float table.
     *
     * @param values the array written
     * @return the table
     */
    public static Floats of(float[] values) {
        return new Floats(values);
    }

    /**
     * The array's length.
     *
     * @return the length
     */
    public abstract int length();

    /**
     * Writes one value (rounded to float in a float table).
     *
     * @param index where
     * @param value the value
     */
    public abstract void put(int index, double value);

    /**
     * Writes {@code value} at indices {@code [from, to)}.
     *
     * @param from the first index
     * @param to the index past the last
     * @param value the value
     */
    public abstract void fill(int from, int to, double value);

    /**
     * Copies {@code n} values from index {@code from} to index {@code to}, within this array.
     *
     * @param from the first index copied
     * @param to where it goes
     * @param n how many values
     */
    public abstract void copy(int from, int to, int n);

    /** A double table. */
    public static final class Doubles extends Out {
        /** The array written: kernels write it directly. */
        public final double[] values;

        private Doubles(double[] values) {
            this.values = values;
        }

        @Override
        public int length() {
            return values.length;
        }

        @Override
        public void put(int index, double value) {
            values[index] = value;
        }

        @Override
        public void fill(int from, int to, double value) {
            java.util.Arrays.fill(values, from, to, value);
        }

        @Override
        public void copy(int from, int to, int n) {
            System.arraycopy(values, from, values, to, n);
        }
    }

    /** A float table. */
    public static final class Floats extends Out {
        /** The array written: kernels write it directly. */
        public final float[] values;

        private Floats(float[] values) {
            this.values = values;
        }

        @Override
        public int length() {
            return values.length;
        }

        @Override
        public void put(int index, double value) {
            values[index] = (float) value;
        }

        @Override
        public void fill(int from, int to, double value) {
            java.util.Arrays.fill(values, from, to, (float) value);
        }

        @Override
        public void copy(int from, int to, int n) {
            System.arraycopy(values, from, values, to, n);
        }
    }
}
