package org.lrsched.spec;

import java.util.List;
import java.util.Map;
import org.lrsched.Schedule;
import org.lrsched.schedule.CycleLength;
import org.lrsched.schedule.CycleShape;
import org.lrsched.schedule.MxnetWarmup;

/** A spec's parameter values, checked against their declared kinds and filled with defaults. */
final class Args {
    private final String path;
    private final Map<String, Object> values;

    Args(String path, Map<String, Object> values) {
        this.path = path;
        this.values = values;
    }

    private Object get(String name) {
        return values.get(name);
    }

    private SpecException wrong(String name, Object value, String expected) {
        return new SpecException(path + "." + name + ": expected " + expected + ", got " + SpecText.printValue(value));
    }

    double real(String name) {
        Object v = get(name);
        if (v instanceof Long) {
            return (Long) v;
        }
        if (v instanceof Double) {
            return (Double) v;
        }
        throw wrong(name, v, Param.Kind.REAL.description);
    }

    Double optionalReal(String name) {
        return get(name) == Param.ABSENT ? null : real(name);
    }

    long integer(String name) {
        return toInteger(name, get(name));
    }

    private long toInteger(String name, Object v) {
        if (v instanceof Long) {
            return (Long) v;
        }
        if (v instanceof Double) {
            double d = (Double) v;
            if (d == Math.floor(d) && Math.abs(d) < 0x1p63) {
                return (long) d;
            }
        }
        throw wrong(name, v, Param.Kind.INTEGER.description);
    }

    CycleLength length(String name) {
        Object v = get(name);
        if (v instanceof Long) {
            return CycleLength.of(name, (Long) v);
        }
        if (v instanceof Double) {
            return CycleLength.of(name, (Double) v);
        }
        throw wrong(name, v, Param.Kind.LENGTH.description);
    }

    long[] steps(String name) {
        Object v = get(name);
        if (!(v instanceof List)) {
            throw wrong(name, v, Param.Kind.STEPS.description);
        }
        List<?> list = (List<?>) v;
        long[] steps = new long[list.size()];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = toInteger(name + "[" + i + "]", list.get(i));
        }
        return steps;
    }

    Schedule schedule(String name) {
        Object v = get(name);
        if (!(v instanceof Spec)) {
            throw wrong(name, v, Param.Kind.SCHEDULE.description);
        }
        return ScheduleTypes.build((Spec) v, path + "." + name);
    }

    CycleShape shape(String name) {
        Object v = get(name);
        if (!(v instanceof Spec)) {
            throw wrong(name, v, Param.Kind.SHAPE.description);
        }
        return ScheduleTypes.buildShape((Spec) v, path + "." + name);
    }

    /** The MXNet warm-up parameters. */
    MxnetWarmup warmup() {
        Object mode = get("warmup_mode");
        if (!(mode instanceof String)) {
            throw wrong("warmup_mode", mode, Param.Kind.MODE.description);
        }
        return new MxnetWarmup(integer("warmup_steps"), real("warmup_begin_lr"),
                MxnetWarmup.Mode.parse((String) mode));
    }
}
