package org.lrsched.types;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lrsched.Schedule;
import org.lrsched.internal.Echo;
import org.lrsched.spec.SpecException;
import org.lrsched.spec.SpecText;

/** The documents' own examples, by name, with the documents' parameters; a preset can stand where a schedule goes. */
public final class Presets {
    private static final Map<String, String> TEXT = new LinkedHashMap<>();

    static {
        TEXT.put("slanted_triangular", "triangular(min_lr=1, max_lr=2, cycle_length=1000, inc_fraction=0.2)");
        TEXT.put("cosine_annealing", "cosine(min_lr=1, max_lr=2, cycle_length=1000)");
        TEXT.put("warmup_multifactor",
                "linear_warmup(schedule=mxnet_multifactor(step=[250, 750, 900], factor=0.5, base_lr=1), start_lr=0,"
                        + " length=250)");
        TEXT.put("cooldown_multifactor",
                "linear_cooldown(schedule=mxnet_multifactor(step=[250, 750, 900], factor=0.5, base_lr=1),"
                        + " finish_lr=0.001, start_idx=1000, length=500)");
        TEXT.put("one_cycle",
                "one_cycle(start_lr=0.1, max_lr=0.5, cycle_length=500, cooldown_length=750, finish_lr=0.001)");
        TEXT.put("cyclical_triangular", "cyclical(shape=triangular(min_lr=0.5, max_lr=2), cycle_length=500)");
        TEXT.put("sgdr", "cyclical(shape=cosine(min_lr=0.01, max_lr=2), cycle_length=250, cycle_length_decay=2,"
                + " cycle_magnitude_decay=0.5)");
        // MNIST: 60000 // 128 = 468 steps per epoch, 4 cycles per epoch
        TEXT.put("flax_triangular", "flax_triangular(lr_min=0.003, lr_max=0.03, steps_per_cycle=117)");
        // Optax's getting-started notebook: 50 warm-up steps to 1.0, cosine down to 0 at step 1000
        TEXT.put("optax_warmup_cosine", "optax.warmup_cosine_decay_schedule(init_value=0.0, peak_value=1.0,"
                + " warmup_steps=50, decay_steps=1000, end_value=0.0)");
        // transformers' everyday fine-tuning schedule: 5% linear warm-up, then a half cosine to 0
        TEXT.put("hf_warmup_cosine", "transformers.get_cosine_schedule_with_warmup(lr=5e-5, num_warmup_steps=500,"
                + " num_training_steps=10000)");
        // warm-up, stable, decay: 5% warm-up, 10% 1-sqrt cool-down at the end of the run
        TEXT.put("wsd", "transformers.get_wsd_schedule(lr=1e-3, num_warmup_steps=1000, num_decay_steps=2000,"
                + " num_training_steps=20000, decay_type=\"1-sqrt\")");
    }

    private Presets() {}

    /**
     * Every preset name with the text the documents' example is written as here.
     *
     * @return preset name to text spec, in the documents' order
     */
    public static Map<String, String> all() {
        return Collections.unmodifiableMap(TEXT);
    }

    /**
     * Whether {@code name} is a preset.
     *
     * @param name a name
     * @return true for a preset's name
     */
    public static boolean exists(String name) {
        return TEXT.containsKey(name);
    }

    /**
     * The preset's schedule.
     *
     * @param name a preset's name, e.g. {@code sgdr}
     * @return the schedule
     * @throws SpecException for a name that is no preset, listing the presets
     */
    public static Schedule get(String name) {
        return get(name, null);
    }

    /** The preset, or an error naming {@code path} (where it was written; null at the top). */
    static Schedule get(String name, String path) {
        String text = TEXT.get(name);
        if (text == null) {
            throw new SpecException((path == null ? "" : path + ": ") + "unknown preset '" + Echo.of(name)
                    + "'; presets: " + String.join(", ", TEXT.keySet()));
        }
        return ScheduleTypes.build(SpecText.parse(text));
    }
}
