package org.lrsched.table;

import org.lrsched.formula.Formula;
import org.lrsched.formula.Out;

/**
 * Fills one piece of a plan into a table: {@code n} values from index {@code at}, for the piece's variable
 * {@code y = y0 + direction * i}. A kernel is a pure function of the piece: equal pieces give equal values.
 */
public interface Kernel {

    /**
     * The name {@code -Dlrsched.kernel} and the CLI's {@code --kernel} know it by.
     *
     * @return {@code reference}, {@code scalar} or {@code vector}
     */
    String name();

    /**
     * Writes one piece: {@code formula.value(y0 + direction * i)}, or within the contract of it, into
     * {@code out} at index {@code at + i}, for {@code i < n}.
     *
     * @param out the table
     * @param at the index of the piece's first value
     * @param n how many values
     * @param y0 the formula's variable at the first value
     * @param direction 1 or -1: how the variable moves from one value to the next
     * @param formula the piece's formula
     */
    void fill(Out out, int at, int n, long y0, int direction, Formula formula);
}
