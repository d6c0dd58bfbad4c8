package org.lrsched.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector species, fixed once per JVM in static finals (so C2 sees constants): the preferred size, unless a
 * test forces another (see {@link VectorSupport#forcedBits()}).
 */
final class Species {
    static final VectorSpecies<Double> DOUBLES = doubles();
    /** Floats with as many lanes as {@link #DOUBLES}: the shape a double vector converts to. */
    static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_PREFERRED.withShape(
            VectorShape.forBitSize(DOUBLES.vectorBitSize() / 2));
    static final int LANES = DOUBLES.length();
    /** 0, 1, 2, ... per lane. */
    static final DoubleVector IOTA = DoubleVector.zero(DOUBLES).addIndex(1);

    private Species() {}

    private static VectorSpecies<Double> doubles() {
        Integer bits = VectorSupport.forcedBits();
        if (bits == null) {
            return DoubleVector.SPECIES_PREFERRED;
        }
        return DoubleVector.SPECIES_PREFERRED.withShape(VectorShape.forBitSize(bits));
    }
}
