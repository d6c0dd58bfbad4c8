/**
 * Optax's fourteen schedules ({@code optax.schedules}), under Optax's own names ({@code optax.linear_schedule},
 * ...), parameter names and defaults: the value at step {@code s} is what Optax's formula gives at count {@code s}
 * in binary64 on an exact 64-bit count, in Optax's order of operations ({@code docs/peers/optax.md} lists where we
 * differ from Optax's code, and why). A {@link java.lang.Number} parameter keeps how it was written, as Python
 * does: a {@link java.lang.Long} is a Python int (an int power multiplies, as JAX's {@code integer_pow}; int
 * {@code -} int is exact), any other number a float. Each class declares its spec type beside itself
 * ({@code TYPE}); each constructor checks its arguments as the spec reader does.
 *
 * <pre>{@code
 * // optax.warmup_cosine_decay_schedule(init_value=0.0, peak_value=1.0, warmup_steps=50, decay_steps=1000,
 * //                                    end_value=0.0)
 * Schedule warm = new WarmupCosineDecaySchedule(0.0, 1.0, 50, 1000, 0.0, 1.0);
 * // optax.polynomial_schedule(init_value=1.0, end_value=0.01, power=2, transition_steps=100): power 2 multiplies
 * Schedule poly = new PolynomialSchedule(1.0, 0.01, 2L, 100, 0);
 * }</pre>
 */
package org.lrsched.peers.optax;
