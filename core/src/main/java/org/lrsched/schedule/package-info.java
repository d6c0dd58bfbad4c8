/**
 * Every schedule type of the documents and its parts: the tutorial's schedules, cycle shapes and wrappers,
 * Flax's triangle, MXNet's schedulers, the constant and the sequence, and the exact cycle lookup. Each class
 * declares its spec type beside itself ({@code TYPE}); each constructor checks its arguments as the spec reader
 * does.
 *
 * <pre>{@code
 * Schedule sgdr = new CyclicalSchedule(new CosineShape(0.01, 2), CycleLength.of(250), Decay.whole(2), 0.5);
 * Schedule warm = new LinearWarmUp(sgdr, 0, 500);
 * }</pre>
 */
package org.lrsched.schedule;
