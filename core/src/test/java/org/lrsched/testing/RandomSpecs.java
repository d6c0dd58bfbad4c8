package org.lrsched.testing;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.lrsched.Spec;

/**
 * Random valid schedule trees: any type, wrappers nested up to a given depth, finite parameters in their valid
 * ranges. Starts stay below a few thousand steps and magnitudes bounded, so that evaluating a tree at small steps
 * is cheap and never overflows.
 */
public final class RandomSpecs {
    private RandomSpecs() {}

    public static Arbitrary<Spec> schedules(int depth) {
        if (depth == 0) {
            return leaves();
        }
        Arbitrary<Spec> inner = schedules(depth - 1);
        return Arbitraries.frequencyOf(Tuple.of(3, leaves()), Tuple.of(1, warmUps(inner)), Tuple.of(1, coolDowns(inner)));
    }

    static Arbitrary<Spec> leaves() {
        return Arbitraries.oneOf(List.of(triangular(), cosine(), oneCycle(), cyclical(), flax(), mxnetFactor(),
                mxnetMultiFactor(), mxnetPoly(), mxnetCosine(), torch(), timmCycles(), timmSteps()));
    }

    /** PyTorch's schedulers: each type, standalone or (without lr) inside SequentialLR and ChainedScheduler. */
    public static Arbitrary<Spec> torch() {
        Arbitrary<Spec> leaf = Arbitraries.oneOf(torchChainable(true), torchOther(true));
        Arbitrary<Spec> sequential = Combinators.combine(lr(), Arbitraries.oneOf(torchChainable(false),
                torchOther(false)).list().ofMinSize(1).ofMaxSize(3), Arbitraries.longs().between(1, 3000).list()
                .ofSize(2)).as((lr, parts, bounds) -> {
                    List<Long> milestones = new ArrayList<>(bounds.subList(0, parts.size() - 1));
                    milestones.sort(null);
                    return Spec.of("torch.SequentialLR").put("lr", lr).put("schedulers", parts)
                            .put("milestones", milestones).build();
                });
        Arbitrary<Spec> chained = Combinators.combine(lr(), torchChainable(false).list().ofMinSize(1).ofMaxSize(3))
                .as((lr, parts) -> Spec.of("torch.ChainedScheduler").put("lr", lr).put("schedulers", parts).build());
        return Arbitraries.frequencyOf(Tuple.of(6, leaf), Tuple.of(1, sequential), Tuple.of(1, chained));
    }

    private static Spec.Builder torch(String type, boolean withLr, double lr) {
        Spec.Builder b = Spec.of("torch." + type);
        return withLr ? b.put("lr", lr) : b;
    }

    /** A gamma: a float up to 1 in magnitude, or one of the ints whose powers stay finite. */
    static Arbitrary<Object> torchGamma() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.doubles().between(0, 1).ofScale(6).map(d -> (Object) d)),
                Tuple.of(1, Arbitraries.doubles().between(-1, 0).ofScale(3).map(d -> (Object) d)),
                Tuple.of(1, Arbitraries.of(-1L, 0L, 1L).map(l -> (Object) l)));
    }

    static Arbitrary<Long> torchTotal() {
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.longs().between(1, 5000)),
                Tuple.of(1, Arbitraries.longs().between(1, Long.MAX_VALUE)));
    }

    static Arbitrary<Spec> torchChainable(boolean withLr) {
        Arbitrary<Spec> step = Combinators.combine(lr(), Arbitraries.longs().between(1, 5000), torchGamma())
                .as((lr, k, g) -> torch("StepLR", withLr, lr).put("step_size", k).put("gamma", g).build());
        Arbitrary<Spec> multiStep = Combinators.combine(lr(), Arbitraries.longs().between(0, 5000).list().ofMaxSize(5),
                torchGamma()).as((lr, m, g) -> torch("MultiStepLR", withLr, lr).put("milestones", m).put("gamma", g)
                        .build());
        Arbitrary<Spec> constant = Combinators.combine(lr(), fraction(), torchTotal()).as((lr, f, t) ->
                torch("ConstantLR", withLr, lr).put("factor", f).put("total_iters", t).build());
        Arbitrary<Spec> linear = Combinators.combine(lr(), fraction().filter(f -> f > 0), fraction(), torchTotal())
                .as((lr, a, b, t) -> torch("LinearLR", withLr, lr).put("start_factor", a).put("end_factor", b)
                        .put("total_iters", t).build());
        Arbitrary<Spec> exponential = Combinators.combine(lr(), torchGamma()).as((lr, g) ->
                torch("ExponentialLR", withLr, lr).put("gamma", g).build());
        Arbitrary<Spec> poly = Combinators.combine(lr(), torchTotal(), Arbitraries.doubles().between(0, 5).ofScale(3))
                .as((lr, t, p) -> torch("PolynomialLR", withLr, lr).put("total_iters", t).put("power", p).build());
        Arbitrary<Spec> cosine = Combinators.combine(lr(), torchTotal(), lr()).as((lr, t, eta) ->
                torch("CosineAnnealingLR", withLr, lr).put("T_max", t).put("eta_min", eta).build());
        return Arbitraries.oneOf(step, multiStep, constant, linear, exponential, poly, cosine);
    }

    static Arbitrary<Spec> torchOther(boolean withLr) {
        Arbitrary<Spec> restarts = Combinators.combine(lr(), torchTotal(), Arbitraries.longs().between(1, 4), lr())
                .as((lr, t0, m, eta) -> torch("CosineAnnealingWarmRestarts", withLr, lr).put("T_0", t0)
                        .put("T_mult", m).put("eta_min", eta).build());
        Arbitrary<Object> size = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.longs().between(1, 3000).map(l -> (Object) l)),
                Tuple.of(1, Arbitraries.doubles().between(0.25, 300).ofScale(2).map(d -> (Object) d)));
        Arbitrary<Spec> cyclic = Combinators.combine(lr(), lr(), size, size.injectNull(0.3).map(d -> d == null
                ? null : d instanceof Long l ? (Object) (l - 1) : d), Arbitraries.of("triangular", "triangular2",
                "exp_range"), Arbitraries.doubles().between(0.9, 1).ofScale(6)).as((base, max, up, down, mode, g) ->
                        Spec.of("torch.CyclicLR").put("base_lr", base).put("max_lr", max).put("step_size_up", up)
                                .put("step_size_down", down).put("mode", mode).put("gamma", g).build());
        Arbitrary<Spec> oneCycle = Combinators.combine(lr(), Arbitraries.frequencyOf(
                        // past the steps a spec is sampled at here (a cool-down samples start_idx <= 3000)
                        Tuple.of(1, Arbitraries.longs().between(5001, 1_000_000)),
                        Tuple.of(1, Arbitraries.just(Long.MAX_VALUE))),
                Arbitraries.doubles().between(0, 1).ofScale(3), Arbitraries.of("cos", "linear"),
                Arbitraries.of(true, false), Arbitraries.doubles().between(1, 100).ofScale(2))
                .as((max, total, pct, anneal, three, div) -> Spec.of("torch.OneCycleLR").put("max_lr", max)
                        .put("total_steps", total).put("pct_start", pct).put("anneal_strategy", anneal)
                        .put("three_phase", three).put("div_factor", div).build())
                .filter(RandomSpecs::builds);
        return Arbitraries.oneOf(restarts, cyclic, oneCycle);
    }

    private static boolean builds(Spec spec) {
        try {
            org.lrsched.types.ScheduleTypes.build(spec);
            return true;
        } catch (IllegalArgumentException refused) {
            return false; // PyTorch's own refusal at construction, e.g. pct_start * total_steps = 1
        }
    }

    /** Learning rates: short and long decimals, and a few values that are hard to print. */
    static Arbitrary<Double> lr() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.doubles().between(-1000, 1000).ofScale(17)),
                Tuple.of(2, Arbitraries.doubles().between(0, 2)),
                Tuple.of(1, Arbitraries.of(0.0, -0.0, Double.MIN_VALUE, 1e-300, 0.1 + 0.2, 1e21, 1.0 / 3)));
    }

    /** A cycle length: whole (up to past 2^53, and Long.MAX_VALUE), or real. */
    static Arbitrary<Object> length() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.longs().between(1, 5000).map(l -> (Object) l)),
                Tuple.of(1, Arbitraries.longs().between(1, Long.MAX_VALUE).map(l -> (Object) l)),
                Tuple.of(2, Arbitraries.doubles().between(0.5, 5000).ofScale(9).map(d -> (Object) d)));
    }

    static Arbitrary<Double> fraction() {
        return Arbitraries.doubles().between(0, false, 1, true).ofScale(12);
    }

    static Arbitrary<Spec> triangular() {
        return Combinators.combine(lr(), lr(), length(), fraction()).as((min, max, length, inc) -> Spec.of("triangular")
                .put("min_lr", min).put("max_lr", max).put("cycle_length", length).put("inc_fraction", inc).build());
    }

    static Arbitrary<Spec> cosine() {
        return Combinators.combine(lr(), lr(), length()).as((min, max, length) -> Spec.of("cosine")
                .put("min_lr", min).put("max_lr", max).put("cycle_length", length).build());
    }

    static Arbitrary<Spec> oneCycle() {
        return Combinators.combine(lr(), lr(), Arbitraries.longs().between(1, 5000),
                Arbitraries.longs().between(0, 5000), lr()).as((start, max, length, cooldown, finish) ->
                        Spec.of("one_cycle").put("start_lr", start).put("max_lr", max).put("cycle_length", length)
                                .put("cooldown_length", cooldown).put("finish_lr", cooldown > 0 ? finish : null).build());
    }

    static Arbitrary<Spec> shape() {
        Arbitrary<Spec> triangular = Combinators.combine(lr(), lr(), fraction()).as((min, max, inc) ->
                Spec.of("triangular").put("min_lr", min).put("max_lr", max).put("inc_fraction", inc).build());
        Arbitrary<Spec> cosine = Combinators.combine(lr(), lr()).as((min, max) ->
                Spec.of("cosine").put("min_lr", min).put("max_lr", max).build());
        return Arbitraries.oneOf(triangular, cosine);
    }

    static Arbitrary<Spec> cyclical() {
        // at steps below a few thousand, 1.2^cycles stays finite
        return Combinators.combine(shape(), length(), Arbitraries.doubles().between(0.05, 3).ofScale(9),
                Arbitraries.doubles().between(0.05, 1.2).ofScale(9)).as((shape, length, lengthDecay, magnitudeDecay) ->
                        Spec.of("cyclical").put("shape", shape).put("cycle_length", length)
                                .put("cycle_length_decay", lengthDecay).put("cycle_magnitude_decay", magnitudeDecay)
                                .build());
    }

    static Arbitrary<Spec> flax() {
        return Combinators.combine(lr(), lr(), Arbitraries.longs().between(1, 1L << 53)).as((min, max, p) ->
                Spec.of("flax_triangular").put("lr_min", min).put("lr_max", max).put("steps_per_cycle", p).build());
    }

    /** MXNet's warm-up parameters and base_lr, with warmup_begin_lr <= base_lr as MXNet demands. */
    record Warmup(double baseLr, double beginLr, long steps, String mode) {
        Spec.Builder into(String type) {
            return Spec.of(type).put("base_lr", baseLr).put("warmup_begin_lr", beginLr).put("warmup_steps", steps)
                    .put("warmup_mode", mode);
        }
    }

    static Arbitrary<Warmup> warmup() {
        return Combinators.combine(lr(), lr(), Arbitraries.longs().between(0, 1000), Arbitraries.of("linear", "constant"))
                .as((a, b, steps, mode) -> new Warmup(Math.max(a, b), Math.min(a, b), steps, mode));
    }

    static Arbitrary<Spec> mxnetFactor() {
        return Combinators.combine(warmup(), Arbitraries.longs().between(1, 1_000_000), fraction(), lr())
                .as((w, step, factor, stop) -> w.into("mxnet_factor").put("step", step).put("factor", factor)
                        .put("stop_factor_lr", stop).build());
    }

    static Arbitrary<Spec> mxnetMultiFactor() {
        Arbitrary<List<Long>> steps = Arbitraries.longs().between(1, 10_000_000).set().ofMinSize(1).ofMaxSize(6)
                .map(set -> {
                    List<Long> sorted = new ArrayList<>(set);
                    sorted.sort(null);
                    return sorted;
                });
        return Combinators.combine(warmup(), steps, fraction())
                .as((w, step, factor) -> w.into("mxnet_multifactor").put("step", step).put("factor", factor).build());
    }

    static Arbitrary<Spec> mxnetPoly() {
        return Combinators.combine(warmup(), Arbitraries.longs().between(1, 1_000_000),
                Arbitraries.doubles().between(0, 5).ofScale(6), lr()).as((w, span, pwr, finalLr) ->
                        w.into("mxnet_poly").put("max_update", w.steps() + span).put("pwr", pwr)
                                .put("final_lr", finalLr).build());
    }

    static Arbitrary<Spec> mxnetCosine() {
        return Combinators.combine(warmup(), Arbitraries.longs().between(1, 1_000_000), lr()).as((w, span, finalLr) ->
                w.into("mxnet_cosine").put("max_update", w.steps() + span).put("final_lr", finalLr).build());
    }

    /** timm's warm-up and its inert options, with rates that keep every value finite. */
    static Arbitrary<Spec> timmBase(String type, boolean prefixByDefault) {
        return Combinators.combine(Arbitraries.doubles().between(0, 1000).ofScale(9), Arbitraries.longs()
                        .between(0, 1000), Arbitraries.doubles().between(0, 1).ofScale(12), Arbitraries.of(true, false),
                Arbitraries.of(true, false)).as((lr, warmupT, init, prefix, tInEpochs) -> Spec.of(type)
                        .put("lr", lr).put("warmup_t", warmupT).put("warmup_lr_init", init)
                        .put("warmup_prefix", prefix == prefixByDefault ? null : prefix).put("t_in_epochs", tInEpochs)
                        .build());
    }

    /** A new builder holding {@code base}'s parameters. */
    private static Spec.Builder with(Spec base) {
        Spec.Builder b = Spec.of(base.type());
        base.params().forEach(b::put);
        return b;
    }

    /** timm's cosine, tanh and poly schedulers: equal, whole-growing and float cycles, a few hundred at most. */
    static Arbitrary<Spec> timmCycles() {
        Arbitrary<Object> mul = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of((Object) 1.0, 2L, 3L, 2.0, 10L)),
                Tuple.of(2, Arbitraries.doubles().between(0.3, 3).ofScale(3).map(d -> (Object) d)));
        Arbitrary<Object> decay = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.doubles().between(0.05, 1.2).ofScale(6).map(d -> (Object) d)),
                Tuple.of(1, Arbitraries.of((Object) 1L, 0L)));
        Arbitrary<Object> k = Arbitraries.of((Object) 1.0, 2.0, 0.5, 2L, 1L);
        Arbitrary<String> type = Arbitraries.of("timm.CosineLRScheduler", "timm.TanhLRScheduler",
                "timm.PolyLRScheduler");
        return type.flatMap(t -> Combinators.combine(timmBase(t, false), Arbitraries.longs().between(1, 5000), mul,
                decay, Arbitraries.longs().between(0, 40), Arbitraries.doubles().between(0, 1).ofScale(9), k,
                Arbitraries.doubles().between(-10, 9).ofScale(3)).as((base, tInitial, m, d, limit, lrMin, kDecay, lb) -> {
                    Spec.Builder b = with(base);
                    b.put("t_initial", tInitial).put("cycle_mul", m).put("cycle_decay", d).put("cycle_limit", limit)
                            .put("lr_min", lrMin);
                    switch (t) {
                        case "timm.TanhLRScheduler" -> b.put("lb", lb).put("ub", lb + 1);
                        case "timm.PolyLRScheduler" -> b.put("k_decay", kDecay).put("power", Math.abs(lb) / 2);
                        default -> b.put("k_decay", kDecay);
                    }
                    return b.build();
                }));
    }

    /** timm's step schedulers: whole and float decay_t, sorted milestones (repeats and 0 allowed). */
    static Arbitrary<Spec> timmSteps() {
        Arbitrary<Object> decayT = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.longs().between(1, 1000).map(l -> (Object) l)),
                Tuple.of(1, Arbitraries.doubles().between(0.5, 100).ofScale(3).map(d -> (Object) d)));
        Arbitrary<Object> rate = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.doubles().between(0.05, 1).ofScale(6).map(d -> (Object) d)),
                Tuple.of(1, Arbitraries.of((Object) 1L)));
        Arbitrary<List<Long>> milestones = Arbitraries.longs().between(0, 10_000).list().ofMaxSize(6).map(list -> {
            List<Long> sorted = new ArrayList<>(list);
            sorted.sort(null);
            return sorted;
        });
        Arbitrary<Spec> step = Combinators.combine(timmBase("timm.StepLRScheduler", true), decayT, rate)
                .as((b, d, r) -> with(b).put("decay_t", d).put("decay_rate", r).build());
        Arbitrary<Spec> multi = Combinators.combine(timmBase("timm.MultiStepLRScheduler", true), milestones, rate)
                .as((b, d, r) -> with(b).put("decay_t", d).put("decay_rate", r).build());
        return Arbitraries.oneOf(step, multi);
    }

    static Arbitrary<Spec> warmUps(Arbitrary<Spec> inner) {
        return Combinators.combine(inner, lr(), Arbitraries.longs().between(0, 5000)).as((schedule, start, length) ->
                Spec.of("linear_warmup").put("schedule", schedule).put("start_lr", start).put("length", length).build());
    }

    static Arbitrary<Spec> coolDowns(Arbitrary<Spec> inner) {
        return Combinators.combine(inner, lr(), Arbitraries.longs().between(0, 3000), Arbitraries.longs().between(0, 5000))
                .as((schedule, finish, startIdx, length) -> Spec.of("linear_cooldown").put("schedule", schedule)
                        .put("finish_lr", finish).put("start_idx", startIdx).put("length", length).build());
    }
}
