package org.lrsched.table;

import org.lrsched.formula.Formula;
import org.lrsched.formula.Out;

/**
 * Fills one piece of a plan into a table: {@code n} values from index {@code at}, for the piece's variable
 * {@code y = y0 + direction * i}. A kernel is a pure function of the piece: equal pieces give equal values.
 */
public interface Kernel {

    /** The name {@code -Dlrsched.kernel} and the CLI's {@code --kernel} know it by. */
    String name();

    void fill(Out out, int at, int n, long y0, int direction, Formula formula);
}
