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

    /** The table itself, for the formula's own scalar loop. */
    private final Out table;

    private VectorOut(Out table) {
        this.table = table;
    }

    static VectorOut of(Out out) {
        if (out instanceof Out.Doubles d) {
            return new Doubles(d);
        }
        return new Floats((Out.Floats) out);
    }

    /** The vector's lanes at indices {@code [index, index + LANES)}. */
    abstract void put(DoubleVector v, int index);

    /**
     * Steps {@code [from, n)} of a piece starting at {@code y0}, written from {@code out[at + from]} by the
     * formula's own scalar loop: the tail after a body's last whole vector.
     */
    final void tail(int at, int from, int n, long y0, int direction, Formula f) {
        f.fill(table, at + from, n - from, y0 + (long) direction * from, direction);
    }

    /** {@code value} at indices {@code [from, to)}, at the speed of {@code Arrays.fill}. */
    abstract void fill(int from, int to, double value);

    static final class Doubles extends VectorOut {
        private final double[] values;

        Doubles(Out.Doubles table) {
            super(table);
            this.values = table.values;
        }

        @Override
        void put(DoubleVector v, int index) {
            v.intoArray(values, index);
        }

        @Override
        void fill(int from, int to, double value) {
            Arrays.fill(values, from, to, value);
        }
    }

    static final class Floats extends VectorOut {
        private final float[] values;

        Floats(Out.Floats table) {
            super(table);
            this.values = table.values;
        }

        @Override
        void put(DoubleVector v, int index) {
            ((FloatVector) v.convertShape(VectorOperators.D2F, FLOATS, 0)).intoArray(values, index);
        }

        @Override
        void fill(int from, int to, double value) {
            Arrays.fill(values, from, to, (float) value);
        }
    }
}
