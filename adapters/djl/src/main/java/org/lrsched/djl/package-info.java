/**
 * lrsched schedules in DJL: {@link org.lrsched.djl.LrschedTracker}, a learning-rate
 * {@code ai.djl.training.tracker.Tracker} for any optimizer.
 */
package org.lrsched.djl;
