/**
 * timm's five schedulers ({@code timm.scheduler}) as pure functions of the step, under their class names
 * ({@code timm.CosineLRScheduler}, ...), parameter names and defaults: the value at {@code t} is timm's
 * {@code _get_lr(t)}, what {@code step(epoch=t)} or {@code step_update(num_updates=t)} sets, with {@code lr}
 * (required) standing for the optimizer's lr, which timm reads as its base value. Values are binary64 with Python's
 * number semantics: a {@link java.lang.Number} parameter keeps how it was written, a {@link java.lang.Long} a
 * Python int ({@code int / int} is the exact quotient rounded once, {@code int ** int} the exact power), any other
 * number a float; every cycle is found exactly, at every step up to 2^63 - 1. The parameters of timm's
 * {@code Scheduler} base class and its warm-up are one {@link org.lrsched.peers.timm.SchedulerOptions}.
 * {@code docs/peers/timm.md} lists where we differ from timm's code, and why. Each class declares its spec type
 * beside itself ({@code TYPE}); each constructor checks its arguments as the spec reader does.
 *
 * <pre>{@code
 * // timm.scheduler.CosineLRScheduler(optimizer, t_initial=1000, lr_min=1e-05, warmup_t=10, warmup_lr_init=1e-06),
 * // the optimizer's lr 0.1
 * Schedule cosine = new CosineLRScheduler(0.1, 1000, 1e-05, 1.0, 1.0, 1,
 *         SchedulerOptions.warmup(10, 1e-06, false), 1.0);
 * // timm.scheduler.StepLRScheduler(optimizer, decay_t=2.4, decay_rate=0.97), the optimizer's lr 0.1
 * Schedule step = new StepLRScheduler(0.1, 2.4, 0.97, SchedulerOptions.defaults(true));
 * }</pre>
 */
package org.lrsched.peers.timm;
