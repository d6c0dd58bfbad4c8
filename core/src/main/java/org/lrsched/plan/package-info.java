/**
 * The waist between schedules and kernels: a schedule describes a range of steps as pieces through a
 * {@link org.lrsched.plan.PieceSink}; kernels fill the pieces and never see a schedule. Not exported.
 */
package org.lrsched.plan;
