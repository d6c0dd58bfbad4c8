/**
 * The kernel SPI: the primitive formulas of a plan, as records whose components are their parameters, and
 * {@link org.lrsched.formula.Out}, the double or float table a kernel writes. Exported to the vector kernel only.
 */
package org.lrsched.formula;
