/**
 * The spec language: {@link org.lrsched.spec.SpecText}, the reader of the text form, and the declarations every
 * type makes of itself ({@link org.lrsched.spec.ScheduleType}, {@link org.lrsched.spec.Param},
 * {@link org.lrsched.spec.Kind}), which the readers, the printer, the error messages and {@code lrsched types}
 * all read.
 */
package org.lrsched.spec;
