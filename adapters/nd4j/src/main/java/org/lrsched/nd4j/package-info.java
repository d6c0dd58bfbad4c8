/**
 * lrsched schedules in ND4J and DL4J: {@link org.lrsched.nd4j.LrschedSchedule}, an
 * {@code org.nd4j.linalg.schedule.ISchedule} for any updater's learning rate, per iteration or per epoch.
 */
package org.lrsched.nd4j;
