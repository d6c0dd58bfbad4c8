/**
 * The registry of every schedule type by name ({@link org.lrsched.types.ScheduleTypes}), which builds specs, and
 * the documents' examples as {@link org.lrsched.types.Presets}.
 */
package org.lrsched.types;
