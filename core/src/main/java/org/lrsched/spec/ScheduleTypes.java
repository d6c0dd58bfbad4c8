package org.lrsched.spec;

import static org.lrsched.spec.Param.Kind.INTEGER;
import static org.lrsched.spec.Param.Kind.LENGTH;
import static org.lrsched.spec.Param.Kind.MODE;
import static org.lrsched.spec.Param.Kind.REAL;
import static org.lrsched.spec.Param.Kind.SCHEDULE;
import static org.lrsched.spec.Param.Kind.SHAPE;
import static org.lrsched.spec.Param.Kind.STEPS;
import static org.lrsched.spec.Param.optional;
import static org.lrsched.spec.Param.required;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lrsched.Schedule;
import org.lrsched.schedule.CosineAnnealingSchedule;
import org.lrsched.schedule.CosineShape;
import org.lrsched.schedule.CycleShape;
import org.lrsched.schedule.CyclicalSchedule;
import org.lrsched.schedule.FlaxTriangularSchedule;
import org.lrsched.schedule.LinearCoolDown;
import org.lrsched.schedule.LinearWarmUp;
import org.lrsched.schedule.MxnetCosineScheduler;
import org.lrsched.schedule.MxnetFactorScheduler;
import org.lrsched.schedule.MxnetMultiFactorScheduler;
import org.lrsched.schedule.MxnetPolyScheduler;
import org.lrsched.schedule.OneCycleSchedule;
import org.lrsched.schedule.TriangularSchedule;
import org.lrsched.schedule.TriangularShape;

/** Every schedule type by its spec name: its parameters, their defaults, and how to build it from a spec. */
public final class ScheduleTypes {

    private static final class Type {
        final String name;
        final List<Param> params;
        final Function<Args, Schedule> schedule;
        final Function<Args, CycleShape> shape; // null: cannot be a cyclical shape

        Type(String name, List<Param> params, Function<Args, Schedule> schedule, Function<Args, CycleShape> shape) {
            this.name = name;
            this.params = params;
            this.schedule = schedule;
            this.shape = shape;
        }
    }

    private static final List<Param> MXNET_WARMUP = List.of(optional("warmup_steps", INTEGER, 0L),
            optional("warmup_begin_lr", REAL, 0.0), optional("warmup_mode", MODE, "linear"));

    private static final Map<String, Type> TYPES = new LinkedHashMap<>();

    static {
        add(new Type("triangular",
                List.of(required("min_lr", REAL), required("max_lr", REAL), Param.cycleLength(),
                        optional("inc_fraction", REAL, 0.5)),
                a -> new TriangularSchedule(a.real("min_lr"), a.real("max_lr"), a.length("cycle_length"),
                        a.real("inc_fraction")),
                a -> new TriangularShape(a.real("min_lr"), a.real("max_lr"), a.real("inc_fraction"))));
        add(new Type("cosine",
                List.of(required("min_lr", REAL), required("max_lr", REAL), Param.cycleLength()),
                a -> new CosineAnnealingSchedule(a.real("min_lr"), a.real("max_lr"), a.length("cycle_length")),
                a -> new CosineShape(a.real("min_lr"), a.real("max_lr"))));
        add(new Type("linear_warmup",
                List.of(required("schedule", SCHEDULE), required("start_lr", REAL), required("length", INTEGER)),
                a -> new LinearWarmUp(a.schedule("schedule"), a.real("start_lr"), a.integer("length")), null));
        add(new Type("linear_cooldown",
                List.of(required("schedule", SCHEDULE), required("finish_lr", REAL), required("start_idx", INTEGER),
                        required("length", INTEGER)),
                a -> new LinearCoolDown(a.schedule("schedule"), a.real("finish_lr"), a.integer("start_idx"),
                        a.integer("length")), null));
        add(new Type("one_cycle",
                List.of(required("start_lr", REAL), required("max_lr", REAL), required("cycle_length", INTEGER),
                        optional("cooldown_length", INTEGER, 0L), optional("finish_lr", REAL, Param.ABSENT)),
                a -> new OneCycleSchedule(a.real("start_lr"), a.real("max_lr"), a.integer("cycle_length"),
                        a.integer("cooldown_length"), a.optionalReal("finish_lr")), null));
        add(new Type("cyclical",
                List.of(required("shape", SHAPE), required("cycle_length", LENGTH),
                        optional("cycle_length_decay", REAL, 1.0), optional("cycle_magnitude_decay", REAL, 1.0)),
                a -> new CyclicalSchedule(a.shape("shape"), a.length("cycle_length"), a.real("cycle_length_decay"),
                        a.real("cycle_magnitude_decay")), null));
        add(new Type("flax_triangular",
                List.of(required("lr_min", REAL), required("lr_max", REAL), required("steps_per_cycle", INTEGER)),
                a -> new FlaxTriangularSchedule(a.real("lr_min"), a.real("lr_max"), a.integer("steps_per_cycle")),
                null));
        add(new Type("mxnet_factor",
                withWarmup(required("step", INTEGER), optional("factor", REAL, 1.0),
                        optional("stop_factor_lr", REAL, 1e-8), optional("base_lr", REAL, 0.01)),
                a -> new MxnetFactorScheduler(a.integer("step"), a.real("factor"), a.real("stop_factor_lr"),
                        a.real("base_lr"), a.warmup()), null));
        add(new Type("mxnet_multifactor",
                withWarmup(required("step", STEPS), optional("factor", REAL, 1.0), optional("base_lr", REAL, 0.01)),
                a -> new MxnetMultiFactorScheduler(a.steps("step"), a.real("factor"), a.real("base_lr"), a.warmup()),
                null));
        add(new Type("mxnet_poly",
                withWarmup(required("max_update", INTEGER), optional("base_lr", REAL, 0.01),
                        optional("pwr", REAL, 2.0), optional("final_lr", REAL, 0.0)),
                a -> new MxnetPolyScheduler(a.integer("max_update"), a.real("base_lr"), a.real("pwr"),
                        a.real("final_lr"), a.warmup()), null));
        add(new Type("mxnet_cosine",
                withWarmup(required("max_update", INTEGER), optional("base_lr", REAL, 0.01),
                        optional("final_lr", REAL, 0.0)),
                a -> new MxnetCosineScheduler(a.integer("max_update"), a.real("base_lr"), a.real("final_lr"),
                        a.warmup()), null));
    }

    private ScheduleTypes() {}

    private static void add(Type type) {
        TYPES.put(type.name, type);
    }

    private static List<Param> withWarmup(Param... own) {
        List<Param> params = new ArrayList<>(List.of(own));
        params.addAll(MXNET_WARMUP);
        return params;
    }

    /** The names of every schedule type, in the order the documents introduce them. */
    public static Set<String> names() {
        return TYPES.keySet();
    }

    /** Builds the schedule a spec describes. */
    public static Schedule build(Spec spec) {
        return build(spec, spec.type());
    }

    static Schedule build(Spec spec, String path) {
        Type type = type(spec, path);
        return construct(path, () -> type.schedule.apply(args(type, spec, path, false)));
    }

    static CycleShape buildShape(Spec spec, String path) {
        Type type = TYPES.get(spec.type());
        if (type == null || type.shape == null) {
            throw new SpecException(path + ": '" + spec.type() + "' is not a cycle shape; a shape is one of "
                    + TYPES.values().stream().filter(t -> t.shape != null).map(t -> t.name)
                            .collect(Collectors.joining(", ")));
        }
        return construct(path, () -> type.shape.apply(args(type, spec, path, true)));
    }

    private static <T> T construct(String path, java.util.function.Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (SpecException e) {
            throw e;
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new SpecException(path + ": " + e.getMessage());
        }
    }

    private static Type type(Spec spec, String path) {
        Type type = TYPES.get(spec.type());
        if (type == null) {
            throw new SpecException(path + ": unknown schedule type '" + spec.type() + "'; valid types: "
                    + String.join(", ", TYPES.keySet()));
        }
        return type;
    }

    /** Checks names against the declaration and fills defaults. */
    private static Args args(Type type, Spec spec, String path, boolean asShape) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> valid = new ArrayList<>();
        for (Param p : type.params) {
            if (!(asShape && p.scheduleOnly)) {
                valid.add(p.name);
            }
        }
        for (String name : spec.params().keySet()) {
            if (!valid.contains(name)) {
                String why = asShape && name.equals("cycle_length")
                        ? "a cyclical shape takes its cycle_length from the cyclical schedule"
                        : "unknown parameter";
                throw new SpecException(path + "." + name + ": " + why + " of " + type.name
                        + "; valid parameters: " + String.join(", ", valid));
            }
        }
        for (Param p : type.params) {
            if (asShape && p.scheduleOnly) {
                continue;
            }
            Object value = spec.params().get(p.name);
            if (value == null) {
                if (p.defaultValue == null) {
                    throw new SpecException(path + ": missing required parameter " + p.name + " of " + type.name
                            + " (" + p.kind.description + "); parameters: " + String.join(", ", valid));
                }
                value = p.defaultValue;
            }
            values.put(p.name, value);
        }
        return new Args(path, values);
    }
}
