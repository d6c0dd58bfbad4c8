package org.lrsched.formula;

/**
 * Where a table is written: a {@code double[]} or a {@code float[]}, chosen once per fill. Values arrive as
 * doubles; a float table rounds each to the nearest float.
 */
public abstract sealed class Out permits Out.Doubles, Out.Floats {

    private Out() {}

    public static Doubles of(double[] values) {
        return new Doubles(values);
    }

    public static Floats of(float[] values) {
        return new Floats(values);
    }

    /** The array's length. */
    public abstract int length();

    public abstract void put(int index, double value);

    /** {@code value} at indices {@code [from, to)}. */
    public abstract void fill(int from, int to, double value);

    /** Copies {@code n} values from index {@code from} to index {@code to}, within this array. */
    public abstract void copy(int from, int to, int n);

    /** A double table. */
    public static final class Doubles extends Out {
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
