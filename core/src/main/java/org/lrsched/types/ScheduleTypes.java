package org.lrsched.types;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lrsched.Schedule;
import org.lrsched.Spec;
import org.lrsched.internal.Echo;
import org.lrsched.peers.timm.CosineLRScheduler;
import org.lrsched.peers.timm.MultiStepLRScheduler;
import org.lrsched.peers.timm.PolyLRScheduler;
import org.lrsched.peers.timm.StepLRScheduler;
import org.lrsched.peers.timm.TanhLRScheduler;
import org.lrsched.schedule.ConstantSchedule;
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
import org.lrsched.schedule.SequenceSchedule;
import org.lrsched.schedule.TriangularSchedule;
import org.lrsched.schedule.TriangularShape;
import org.lrsched.spec.Resolver;
import org.lrsched.spec.ScheduleType;
import org.lrsched.spec.SpecException;
import org.lrsched.spec.SpecText;

/**
 * Every type of the spec language, by name: the schedules, and the shapes a cyclical schedule repeats. Each type
 * declares itself beside its class; this registry only lists them, and builds nested specs for them.
 */
public final class ScheduleTypes {
    private static final Map<String, ScheduleType<? extends Schedule>> SCHEDULES = byName(List.of(
            TriangularSchedule.TYPE, CosineAnnealingSchedule.TYPE, LinearWarmUp.TYPE, LinearCoolDown.TYPE,
            OneCycleSchedule.TYPE, CyclicalSchedule.TYPE, FlaxTriangularSchedule.TYPE, MxnetFactorScheduler.TYPE,
            MxnetMultiFactorScheduler.TYPE, MxnetPolyScheduler.TYPE, MxnetCosineScheduler.TYPE, ConstantSchedule.TYPE,
            SequenceSchedule.TYPE,
            // timm (timm.scheduler)
            CosineLRScheduler.TYPE, TanhLRScheduler.TYPE, PolyLRScheduler.TYPE, StepLRScheduler.TYPE,
            MultiStepLRScheduler.TYPE));
    private static final Map<String, ScheduleType<? extends CycleShape>> SHAPES = byName(List.of(
            TriangularShape.TYPE, CosineShape.TYPE));

    private static final Resolver RESOLVER = ScheduleTypes::resolve;

    private ScheduleTypes() {}

    private static <T> Map<String, ScheduleType<? extends T>> byName(List<ScheduleType<? extends T>> types) {
        Map<String, ScheduleType<? extends T>> map = new LinkedHashMap<>();
        for (ScheduleType<? extends T> t : types) {
            if (map.put(t.name(), t) != null) {
                throw new IllegalStateException("two types named " + t.name());
            }
        }
        return map;
    }

    /** The names of every schedule type, in the order the documents introduce them, the peers' after. */
    public static Set<String> names() {
        return SCHEDULES.keySet();
    }

    /** Every schedule type's declaration. */
    public static List<ScheduleType<? extends Schedule>> schedules() {
        return List.copyOf(SCHEDULES.values());
    }

    /** Every cycle shape's declaration. */
    public static List<ScheduleType<? extends CycleShape>> shapes() {
        return List.copyOf(SHAPES.values());
    }

    /** A schedule type by name. */
    public static Optional<ScheduleType<? extends Schedule>> find(String name) {
        return Optional.ofNullable(SCHEDULES.get(name));
    }

    /** The schedule a preset name or a text spec describes: what {@link Schedule#parse} does. */
    public static Schedule parse(String text) {
        String name = text.strip();
        if (Presets.exists(name)) {
            return Presets.get(name);
        }
        return build(SpecText.parse(text));
    }

    /** Builds the schedule a spec describes. */
    public static Schedule build(Spec spec) {
        return RESOLVER.build(spec, Schedule.class, spec.type(), Map.of());
    }

    private static <T> T resolve(Object value, Class<T> family, String path, Map<String, Object> inherited) {
        if (family == Schedule.class) {
            if (value instanceof String preset) {
                return family.cast(Presets.get(preset, path));
            }
            Spec spec = (Spec) value;
            return family.cast(type(SCHEDULES, spec, path, "unknown schedule type '" + Echo.of(spec.type()) + "'"
                    + (Presets.exists(spec.type()) ? " (a preset is written without parentheses)" : "")
                    + "; valid types: " + String.join(", ", SCHEDULES.keySet())).build(spec, RESOLVER, path, inherited));
        }
        if (family == CycleShape.class) {
            if (!(value instanceof Spec spec)) {
                throw new SpecException(path + ": expected a cycle shape, got " + Echo.of(value));
            }
            return family.cast(type(SHAPES, spec, path, "'" + Echo.of(spec.type()) + "' is not a cycle shape; a shape is one"
                    + " of " + String.join(", ", SHAPES.keySet())).build(spec, RESOLVER, path, inherited));
        }
        throw new IllegalArgumentException("no types of " + family);
    }

    private static <T> ScheduleType<? extends T> type(Map<String, ScheduleType<? extends T>> types, Spec spec,
            String path, String unknown) {
        ScheduleType<? extends T> type = types.get(spec.type());
        if (type == null) {
            throw new SpecException(path + ": " + unknown);
        }
        return type;
    }
}
