/**
 * Schedules and their specs: {@link org.lrsched.Schedule}, an exact, pure function of the training step, and
 * {@link org.lrsched.Spec}, the tree of type names and parameters behind the spec language.
 *
 * <pre>{@code
 * Schedule sgdr = Schedule.parse("sgdr");
 * double lr = sgdr.at(1_000_000_000_000L);
 * }</pre>
 *
 * <p>Tables of many steps come from {@link org.lrsched.table.Tables}; the types and presets from
 * {@link org.lrsched.types}.
 */
package org.lrsched;
