package org.lrsched.simd;

import static org.lrsched.simd.Species.FLOATS;

import java.util.Arrays;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import org.lrsched.formula.Formula;
import org.lrsched.formula.Out;

/**
 * The store of a vector body: the one place where a double and a float table differ. Bodies compute doubles and
 * hand each vector here; a float table converts it to floats of the same lane count first.
 */
abstract sealed class VectorOut permits VectorOut.Doubles, VectorOut.Floats {

    static VectorOut of(Out out) {
        if (out instanceof Out.Doubles d) {
            return new Doubles(d.values);
        }
        return new Floats(((Out.Floats) out).values);
    }

    /** The vector's lanes at indices {@code [index, index + LANES)}. */
    abstract void put(DoubleVector v, int index);

    /** One value, for a scalar tail. */
    abstract void put(int index, double value);

    /**
     * Steps {@code [from, n)} of a piece starting at {@code y0}, written from {@code out[at + from]} by the
     * formula's own value: the scalar tail after a body's last whole vector.
     */
    final void tail(int at, int from, int n, long y0, int direction, Formula f) {
        for (int i = from; i < n; i++) {
            put(at + i, f.value(y0 + (long) direction * i));
        }
    }

    /** {@code value} at indices {@code [from, to)}, at the speed of {@code Arrays.fill}. */
    abstract void fill(int from, int to, double value);

    static final class Doubles extends VectorOut {
        private final double[] values;

        Doubles(double[] values) {
            this.values = values;
        }

        @Override
        void put(DoubleVector v, int index) {
            v.intoArray(values, index);
        }

        @Override
        void put(int index, double value) {
            values[index] = value;
        }

        @Override
        void fill(int from, int to, double value) {
            Arrays.fill(values, from, to, value);
        }
    }

    static final class Floats extends VectorOut {
        private final float[] values;

        Floats(float[] values) {
            this.values = values;
        }

        @Override
        void put(DoubleVector v, int index) {
            ((FloatVector) v.convertShape(VectorOperators.D2F, FLOATS, 0)).intoArray(values, index);
        }

        @Override
        void put(int index, double value) {
            values[index] = (float) value;
        }

        @Override
        void fill(int from, int to, double value) {
            Arrays.fill(values, from, to, (float) value);
        }
    }
}
