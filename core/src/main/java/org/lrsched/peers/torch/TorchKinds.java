package org.lrsched.peers.torch;

import org.lrsched.spec.Kind;
import org.lrsched.spec.Reading;

/** Kinds of value PyTorch's schedulers read differently from the rest of the spec language. */
public final class TorchKinds {
    private TorchKinds() {}

    /**
     * An integer written as one: PyTorch checks {@code isinstance(x, int)} ({@code T_0}, {@code total_steps}) or
     * computes with Python's int arithmetic ({@code step_size}), so {@code 10.0} is refused, not read as 10.
     */
    public static final Kind<Long> INT = new Kind<>() {
        @Override
        public String describe() {
            return "an integer (written without a decimal point, as PyTorch takes a Python int here)";
        }

        @Override
        public Long read(Object value, Reading at) {
            if (value instanceof Long l) {
                return l;
            }
            throw at.wrong(describe(), value);
        }

        @Override
        public Object write(Long value) {
            return value;
        }
    };

    /**
     * A parameter that holds a Python function in PyTorch (CyclicLR's {@code scale_fn}): a spec cannot carry one,
     * so any value is refused, with the reason; only its absence ({@code None}) is valid.
     */
    static Kind<Object> function(String instead) {
        return new Kind<>() {
            @Override
            public String describe() {
                return "None (a Python function, which a spec cannot carry)";
            }

            @Override
            public Object read(Object value, Reading at) {
                return value;
            }

            @Override
            public Object write(Object value) {
                return value;
            }

            @Override
            public String invalid(Object value) {
                return "is a Python function in PyTorch, which a spec cannot carry; " + instead;
            }
        };
    }
}
