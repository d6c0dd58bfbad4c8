/**
 * The Vector API kernel: {@link org.lrsched.simd.VectorKernel}, with vector bodies for the ramps (bit-identical)
 * and the cosines (within the contract's bound), and {@link org.lrsched.simd.VectorSupport}, which says whether it
 * can run well here. Exported to lrsched-core alone, which loads both by name.
 */
package org.lrsched.simd;
