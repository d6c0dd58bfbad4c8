/**
 * Whole tables of a schedule from its plan of pieces: {@link org.lrsched.table.Tables#fill} into an array,
 * {@link org.lrsched.table.Tables#stream} a chunk at a time into a callback or a {@code java.nio} buffer, by the
 * kernel the provider {@link org.lrsched.table.Kernels} picks (the Vector API kernel of lrsched-simd where it can
 * run, else the scalar one).
 */
package org.lrsched.table;
