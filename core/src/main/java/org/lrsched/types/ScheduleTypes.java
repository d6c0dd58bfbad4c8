package org.lrsched.types;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lrsched.Schedule;
import org.lrsched.Spec;
import org.lrsched.internal.Echo;
import org.lrsched.peers.optax.CosineDecaySchedule;
import org.lrsched.peers.optax.CosineOnecycleSchedule;
import org.lrsched.peers.optax.ExponentialDecay;
import org.lrsched.peers.optax.JoinSchedules;
import org.lrsched.peers.optax.LinearOnecycleSchedule;
import org.lrsched.peers.optax.LinearSchedule;
import org.lrsched.peers.optax.PiecewiseConstantSchedule;
import org.lrsched.peers.optax.PiecewiseInterpolateSchedule;
import org.lrsched.peers.optax.PolynomialSchedule;
import org.lrsched.peers.optax.SgdrSchedule;
import org.lrsched.peers.optax.WarmupConstantSchedule;
import org.lrsched.peers.optax.WarmupCosineDecaySchedule;
import org.lrsched.peers.optax.WarmupExponentialDecaySchedule;
import org.lrsched.peers.torch.ChainedScheduler;
import org.lrsched.peers.torch.ConstantLR;
import org.lrsched.peers.torch.CosineAnnealingLR;
import org.lrsched.peers.torch.CosineAnnealingWarmRestarts;
import org.lrsched.peers.torch.CyclicLR;
import org.lrsched.peers.torch.ExponentialLR;
import org.lrsched.peers.torch.LinearLR;
import org.lrsched.peers.torch.MultiStepLR;
import org.lrsched.peers.torch.OneCycleLR;
import org.lrsched.peers.torch.PolynomialLR;
import org.lrsched.peers.torch.SequentialLR;
import org.lrsched.peers.torch.StepLR;
import org.lrsched.peers.keras.CosineDecay;
import org.lrsched.peers.keras.CosineDecayRestarts;
import org.lrsched.peers.keras.InverseTimeDecay;
import org.lrsched.peers.keras.PiecewiseConstantDecay;
import org.lrsched.peers.keras.PolynomialDecay;
import org.lrsched.peers.transformers.GetConstantSchedule;
import org.lrsched.peers.transformers.GetConstantScheduleWithWarmup;
import org.lrsched.peers.transformers.GetCosineScheduleWithWarmup;
import org.lrsched.peers.transformers.GetCosineWithHardRestartsScheduleWithWarmup;
import org.lrsched.peers.transformers.GetCosineWithMinLrScheduleWithWarmup;
import org.lrsched.peers.transformers.GetInverseSqrtSchedule;
import org.lrsched.peers.transformers.GetLinearScheduleWithWarmup;
import org.lrsched.peers.transformers.GetPolynomialDecayScheduleWithWarmup;
import org.lrsched.peers.transformers.GetWsdSchedule;
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
            // Optax (google-deepmind/optax optax/schedules/_schedule.py, _join.py)
            org.lrsched.peers.optax.ConstantSchedule.TYPE, LinearSchedule.TYPE, PolynomialSchedule.TYPE,
            PiecewiseConstantSchedule.TYPE, PiecewiseInterpolateSchedule.TYPE, ExponentialDecay.TYPE,
            CosineDecaySchedule.TYPE, WarmupConstantSchedule.TYPE, WarmupCosineDecaySchedule.TYPE,
            WarmupExponentialDecaySchedule.TYPE, LinearOnecycleSchedule.TYPE, CosineOnecycleSchedule.TYPE,
            SgdrSchedule.TYPE, JoinSchedules.TYPE,
            // PyTorch's torch.optim.lr_scheduler (docs/peers/torch.md)
            StepLR.TYPE, MultiStepLR.TYPE, ConstantLR.TYPE, LinearLR.TYPE, ExponentialLR.TYPE, PolynomialLR.TYPE,
            CosineAnnealingLR.TYPE, CosineAnnealingWarmRestarts.TYPE, CyclicLR.TYPE, OneCycleLR.TYPE, SequentialLR.TYPE,
            ChainedScheduler.TYPE,
            // transformers (huggingface/transformers src/transformers/optimization.py), lr * lambda as LambdaLR
            GetConstantSchedule.TYPE, GetConstantScheduleWithWarmup.TYPE, GetLinearScheduleWithWarmup.TYPE,
            GetCosineScheduleWithWarmup.TYPE, GetCosineWithHardRestartsScheduleWithWarmup.TYPE,
            GetPolynomialDecayScheduleWithWarmup.TYPE, GetInverseSqrtSchedule.TYPE,
            GetCosineWithMinLrScheduleWithWarmup.TYPE, GetWsdSchedule.TYPE,
            // Keras 3 (keras-team/keras keras/src/optimizers/schedules/learning_rate_schedule.py), in binary64
            org.lrsched.peers.keras.ExponentialDecay.TYPE, PiecewiseConstantDecay.TYPE, PolynomialDecay.TYPE,
            InverseTimeDecay.TYPE, CosineDecay.TYPE, CosineDecayRestarts.TYPE,
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

    /**
     * The names of every schedule type, in the order the documents introduce them, the peers' after.
     *
     * @return the names, e.g. {@code triangular}, {@code cosine}, {@code cyclical}
     */
    public static Set<String> names() {
        return SCHEDULES.keySet();
    }

    /**
     * Every schedule type's declaration: its parameters, their kinds, defaults and meaning, and an example.
     *
     * @return the declarations, in the order of {@link #names()}
     */
    public static List<ScheduleType<? extends Schedule>> schedules() {
        return List.copyOf(SCHEDULES.values());
    }

    /**
     * Every cycle shape's declaration (the shapes a {@code cyclical} schedule repeats).
     *
     * @return the declarations
     */
    public static List<ScheduleType<? extends CycleShape>> shapes() {
        return List.copyOf(SHAPES.values());
    }

    /**
     * A schedule type by name.
     *
     * @param name the type's name in the spec language
     * @return its declaration, or empty for a name that is no schedule type
     */
    public static Optional<ScheduleType<? extends Schedule>> find(String name) {
        return Optional.ofNullable(SCHEDULES.get(name));
    }

    /**
     * The schedule a preset name or a text spec describes: what {@link Schedule#parse} does.
     *
     * @param text a preset name or a spec in the text form
     * @return the schedule
     * @throws SpecException naming where the text is wrong
     */
    public static Schedule parse(String text) {
        String name = text.strip();
        if (Presets.exists(name)) {
            return Presets.get(name);
        }
        return build(SpecText.parse(text));
    }

    /**
     * Builds the schedule a spec describes (the JSON reader of the cli builds its specs through this).
     *
     * @param spec the spec; a {@code String} where a schedule goes names a preset
     * @return the schedule
     * @throws SpecException naming the parameter that is wrong, by its path ({@code cyclical.shape.min_lr})
     */
    public static Schedule build(Spec spec) {
        return RESOLVER.build(spec, Schedule.class, Echo.of(spec.type()), Map.of());
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
