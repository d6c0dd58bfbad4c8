/**
 * Hugging Face transformers' nine learning-rate schedules ({@code transformers.optimization}), under their function
 * names ({@code transformers.get_cosine_schedule_with_warmup}, ...), parameter names and defaults. Each factory
 * returns a {@code LambdaLR}, so the value at step {@code s} is {@code lr * lambda(s)}, with {@code lr} (required)
 * standing for the optimizer's initial learning rate; the lambda's IEEE operations run in its own order in binary64
 * on an exact 64-bit step, and its int/int divisions are Python's (the exact quotient rounded once).
 * {@code docs/peers/transformers.md} lists where we differ from transformers' code, and why. Each class declares its
 * spec type beside itself ({@code TYPE}); each constructor checks its arguments as the spec reader does.
 *
 * <pre>{@code
 * // transformers.get_cosine_schedule_with_warmup(optimizer, num_warmup_steps=500, num_training_steps=10000),
 * // the optimizer's lr 5e-5
 * Schedule cosine = new GetCosineScheduleWithWarmup(5e-5, 500, 10000, 0.5);
 * // transformers.get_wsd_schedule(optimizer, num_warmup_steps=1000, num_decay_steps=2000,
 * //                               num_training_steps=20000, decay_type="1-sqrt"), the optimizer's lr 1e-3
 * Schedule wsd = new GetWsdSchedule(1e-3, 1000, 2000, 20000L, null, "linear", "1-sqrt", 0.0, 0.5);
 * }</pre>
 */
package org.lrsched.peers.transformers;
