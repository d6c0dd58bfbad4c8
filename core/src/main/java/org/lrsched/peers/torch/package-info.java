/**
 * PyTorch's schedulers ({@code torch.optim.lr_scheduler}) with a formula, under PyTorch's own names
 * ({@code torch.StepLR}, ...), parameter names and defaults: the value at step {@code s} is the lr after the
 * constructor and {@code s} calls of {@code step()}, by the scheduler's closed form, or, for {@link CyclicLR},
 * {@link OneCycleLR} and {@link CosineAnnealingWarmRestarts}, by their {@code get_lr}, which is closed in the step
 * already; not by the recursion {@code step()} runs, which drifts from the closed form by a few ulps
 * ({@code docs/peers/torch.md} lists where we differ from PyTorch's code, and why). {@code lr} is the optimizer's
 * initial lr, which PyTorch reads from the optimizer's param group ({@code CyclicLR} and {@code OneCycleLR} have
 * none: PyTorch sets the lr from their {@code base_lr} and {@code max_lr}); the schedulers inside
 * {@link SequentialLR} and {@link ChainedScheduler} take the composite's (in a spec they are written without one, in
 * Java they are built with the same). {@code last_epoch} is only -1, a fresh scheduler. A {@code gamma} keeps how it
 * was written, as Python does: a {@link java.lang.Long} is a Python int, whose powers are exact, any other number a
 * float, whose powers are C's {@code pow}; parameters PyTorch takes as a Python int are {@link TorchKinds#INT}.
 * Each schedule declares its spec type beside itself ({@code TYPE}); each constructor checks its arguments as the spec
 * reader does; where PyTorch raises at a step, {@code at} throws an {@link java.lang.ArithmeticException}.
 *
 * <pre>{@code
 * // SequentialLR(optimizer, schedulers=[LinearLR(optimizer, start_factor=0.01, total_iters=1000),
 * //              CosineAnnealingLR(optimizer, T_max=99000)], milestones=[1000]) on an optimizer with lr=0.1
 * Schedule warm = new SequentialLR(0.1, List.of(new LinearLR(0.1, 0.01, 1.0, 1000),
 *         new CosineAnnealingLR(0.1, 99000, 0.0)), new long[] {1000});
 * // ExponentialLR(optimizer, gamma=2): an int gamma, the exact 2 ** s (at throws from step 1024, as Python raises)
 * Schedule doubling = new ExponentialLR(0.1, 2L);
 * }</pre>
 */
package org.lrsched.peers.torch;
