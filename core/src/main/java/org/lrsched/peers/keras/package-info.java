/**
 * Keras 3's six learning-rate schedules ({@code keras.optimizers.schedules}), under their class names
 * ({@code keras.CosineDecay}, ...), parameter names and defaults ({@code name} is not a parameter). The value at
 * step {@code s} is Keras' own tensor expression evaluated in binary64 on an exact 64-bit step (Keras casts to the
 * dtype of {@code initial_learning_rate}, float32 for a Python float); the floors, ceilings and cycle indices Keras
 * takes of {@code step / decay_steps} are taken exactly on the integers, and {@code CosineDecayRestarts}' cycle is
 * found exactly rather than by a float logarithm. {@code docs/peers/keras.md} lists where we differ from Keras'
 * code, and why. Each class declares its spec type beside itself ({@code TYPE}); each constructor checks its
 * arguments as the spec reader does.
 *
 * <pre>{@code
 * // keras.optimizers.schedules.CosineDecay(initial_learning_rate=0.0, decay_steps=10000, warmup_target=0.1,
 * //                                        warmup_steps=1000)
 * Schedule cosine = new CosineDecay(0.0, 10000, 0.0, 0.1, 1000);
 * // keras.optimizers.schedules.ExponentialDecay(initial_learning_rate=0.1, decay_steps=1000, decay_rate=0.96,
 * //                                             staircase=True)
 * Schedule stairs = new ExponentialDecay(0.1, 1000, 0.96, true);
 * }</pre>
 */
package org.lrsched.peers.keras;
