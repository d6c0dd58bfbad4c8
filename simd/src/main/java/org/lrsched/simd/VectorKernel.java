package org.lrsched.simd;

import static org.lrsched.simd.Species.DOUBLES;
import static org.lrsched.simd.Species.FLOATS;
import static org.lrsched.simd.Species.IOTA;
import static org.lrsched.simd.Species.LANES;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import org.lrsched.table.Formulas;
import org.lrsched.table.ScalarKernel;

/**
 * The Vector API kernel. Lanes hold consecutive steps; each primitive is the reference's IEEE operations in the
 * reference's order (separate multiply and add, never fused), so tables are bit-identical to the scalar kernel
 * except where cos or pow is used: there the Vector API's own cos/pow (within a few ulps) keeps tables within
 * the contract's 2^-50 x max|lr|. The piece's variable is formed in doubles, exact below 2^53; larger
 * variables take the scalar path. Vector body up to {@code loopBound}, then a scalar tail.
 */
public final class VectorKernel extends ScalarKernel {
    public static final VectorKernel INSTANCE = new VectorKernel();

    /** Below this every whole number is a double, so {@code base + lane} is the exact conversion. */
    private static final long EXACT = 1L << 53;

    private VectorKernel() {}

    @Override
    public String name() {
        return "vector";
    }

    @Override
    public String toString() {
        return "vector (" + DOUBLES.vectorBitSize() + "-bit, " + LANES + " doubles per vector)";
    }

    /** Vector bit size in use. */
    public static int bits() {
        return DOUBLES.vectorBitSize();
    }

    private static boolean exact(long y0, int n) {
        return y0 > -EXACT + n && y0 < EXACT - n;
    }

    private static DoubleVector variable(long y0, int direction, int i) {
        double base = y0 + (long) direction * i;
        return direction > 0 ? IOTA.add(base) : IOTA.neg().add(base);
    }

    static void store(DoubleVector v, float[] out, int at) {
        ((FloatVector) v.convertShape(VectorOperators.D2F, FLOATS, 0)).intoArray(out, at);
    }

    // divScale: ((y / q) * r + c) * m; whole y, so every non-zero |y| is at least 1

    private static boolean fastDivScale(long y0, int n, double q) {
        return Quotients.exact(q, 1, Math.abs((double) y0) + n);
    }

    private static DoubleVector divScale(DoubleVector y, double q, double reciprocal, double r, double c, double m) {
        return Quotients.divide(y, q, reciprocal).mul(r).add(c).mul(m);
    }

    @Override
    public void divScale(double[] out, int at, int n, long y0, int direction, double q, double r, double c,
            double m) {
        if (!exact(y0, n) || !fastDivScale(y0, n, q)) {
            super.divScale(out, at, n, y0, direction, q, r, c, m);
            return;
        }
        double reciprocal = 1 / q;
        int i = 0;
        for (int bound = DOUBLES.loopBound(n); i < bound; i += LANES) {
            divScale(variable(y0, direction, i), q, reciprocal, r, c, m).intoArray(out, at + i);
        }
        for (; i < n; i++) { // scalar tail
            out[at + i] = Formulas.divScale(y0 + (long) direction * i, q, r, c, m);
        }
    }

    @Override
    public void divScale(float[] out, int at, int n, long y0, int direction, double q, double r, double c,
            double m) {
        if (!exact(y0, n) || !fastDivScale(y0, n, q)) {
            super.divScale(out, at, n, y0, direction, q, r, c, m);
            return;
        }
        double reciprocal = 1 / q;
        int i = 0;
        for (int bound = DOUBLES.loopBound(n); i < bound; i += LANES) {
            store(divScale(variable(y0, direction, i), q, reciprocal, r, c, m), out, at + i);
        }
        for (; i < n; i++) { // scalar tail
            out[at + i] = (float) Formulas.divScale(y0 + (long) direction * i, q, r, c, m);
        }
    }

    // mulDiv: (y * a) / b + c; the dividends y * a are 0 or at least |a| in magnitude

    private static boolean fastMulDiv(long y0, int n, double a, double b) {
        double largest = Math.abs(a) * (Math.abs((double) y0) + n);
        return a != 0 && Quotients.exact(b, Math.abs(a), largest);
    }

    private static DoubleVector mulDiv(DoubleVector y, double a, double b, double reciprocal, double c) {
        return Quotients.divide(y.mul(a), b, reciprocal).add(c);
    }

    @Override
    public void mulDiv(double[] out, int at, int n, long y0, double a, double b, double c) {
        if (!exact(y0, n) || !fastMulDiv(y0, n, a, b)) {
            super.mulDiv(out, at, n, y0, a, b, c);
            return;
        }
        double reciprocal = 1 / b;
        int i = 0;
        for (int bound = DOUBLES.loopBound(n); i < bound; i += LANES) {
            mulDiv(variable(y0, 1, i), a, b, reciprocal, c).intoArray(out, at + i);
        }
        for (; i < n; i++) { // scalar tail
            out[at + i] = Formulas.mulDiv(y0 + i, a, b, c);
        }
    }

    @Override
    public void mulDiv(float[] out, int at, int n, long y0, double a, double b, double c) {
        if (!exact(y0, n) || !fastMulDiv(y0, n, a, b)) {
            super.mulDiv(out, at, n, y0, a, b, c);
            return;
        }
        double reciprocal = 1 / b;
        int i = 0;
        for (int bound = DOUBLES.loopBound(n); i < bound; i += LANES) {
            store(mulDiv(variable(y0, 1, i), a, b, reciprocal, c), out, at + i);
        }
        for (; i < n; i++) { // scalar tail
            out[at + i] = (float) Formulas.mulDiv(y0 + i, a, b, c);
        }
    }

    /**
     * Cosine pieces take the polynomial when their angle {@code (y * pi) / length} stays in {@code [0, pi]} and
     * can be formed exactly as the reference forms it (an exact quotient); others take the scalar path.
     */
    private static boolean fastCosine(long y0, int n, double length) {
        return y0 >= 0 && y0 + n - 1 <= length && Quotients.exact(length, Math.PI, Math.PI * (y0 + n));
    }

    /** {@code (y * pi) / length}, bit-identical to the reference's angle. */
    private static DoubleVector angle(DoubleVector y, double length, double reciprocal) {
        return Quotients.divide(y.mul(Math.PI), length, reciprocal);
    }

    // cosine: ((1 + cos((y * pi) / length)) / 2 * r + c) * m; long pieces by rotation, the rest by polynomial

    @Override
    public void cosine(double[] out, int at, int n, long y0, double length, double r, double c, double m) {
        if (!exact(y0, n) || !fastCosine(y0, n, length)) {
            super.cosine(out, at, n, y0, length, r, c, m);
            return;
        }
        int i = RotatedCosines.fill(out, at, n, y0, length, 0.5 * r * m, (0.5 * r + c) * m);
        double reciprocal = 1 / length;
        for (int bound = i + DOUBLES.loopBound(n - i); i < bound; i += LANES) {
            HalfCosines.unit(angle(variable(y0, 1, i), length, reciprocal)).mul(r).add(c).mul(m)
                    .intoArray(out, at + i);
        }
        for (; i < n; i++) { // scalar tail
            out[at + i] = Formulas.cosine(y0 + i, length, r, c, m);
        }
    }

    @Override
    public void cosine(float[] out, int at, int n, long y0, double length, double r, double c, double m) {
        if (!exact(y0, n) || !fastCosine(y0, n, length)) {
            super.cosine(out, at, n, y0, length, r, c, m);
            return;
        }
        int i = RotatedCosines.fill(out, at, n, y0, length, 0.5 * r * m, (0.5 * r + c) * m);
        double reciprocal = 1 / length;
        for (int bound = i + DOUBLES.loopBound(n - i); i < bound; i += LANES) {
            store(HalfCosines.unit(angle(variable(y0, 1, i), length, reciprocal)).mul(r).add(c).mul(m), out, at + i);
        }
        for (; i < n; i++) { // scalar tail
            out[at + i] = (float) Formulas.cosine(y0 + i, length, r, c, m);
        }
    }

    // mxnetCosine: c + (r * (1 + cos((pi * y) / length))) / 2, that is c + r * unit

    @Override
    public void mxnetCosine(double[] out, int at, int n, long y0, double length, double r, double c) {
        if (!exact(y0, n) || !fastCosine(y0, n, length)) {
            super.mxnetCosine(out, at, n, y0, length, r, c);
            return;
        }
        int i = RotatedCosines.fill(out, at, n, y0, length, 0.5 * r, c + 0.5 * r);
        double reciprocal = 1 / length;
        for (int bound = i + DOUBLES.loopBound(n - i); i < bound; i += LANES) {
            HalfCosines.unit(angle(variable(y0, 1, i), length, reciprocal)).mul(r).add(c).intoArray(out, at + i);
        }
        for (; i < n; i++) { // scalar tail
            out[at + i] = Formulas.mxnetCosine(y0 + i, length, r, c);
        }
    }

    @Override
    public void mxnetCosine(float[] out, int at, int n, long y0, double length, double r, double c) {
        if (!exact(y0, n) || !fastCosine(y0, n, length)) {
            super.mxnetCosine(out, at, n, y0, length, r, c);
            return;
        }
        int i = RotatedCosines.fill(out, at, n, y0, length, 0.5 * r, c + 0.5 * r);
        double reciprocal = 1 / length;
        for (int bound = i + DOUBLES.loopBound(n - i); i < bound; i += LANES) {
            store(HalfCosines.unit(angle(variable(y0, 1, i), length, reciprocal)).mul(r).add(c), out, at + i);
        }
        for (; i < n; i++) { // scalar tail
            out[at + i] = (float) Formulas.mxnetCosine(y0 + i, length, r, c);
        }
    }
}
