package org.lrsched.cli.verify;

import java.util.Optional;
import org.lrsched.Schedule;
import org.lrsched.schedule.LinearCoolDown;
import org.lrsched.schedule.LinearWarmUp;

/**
 * A schedule of a given type, found as the whole schedule or inside its warm-ups and cool-downs, with the range
 * of its own steps that a range of the whole's steps reaches (a warm-up shifts them by its length; a cool-down
 * stops using its schedule after {@code start_idx}).
 */
record Wrapped<T extends Schedule>(T schedule, long first, long last) {

    static <T extends Schedule> Optional<Wrapped<T>> find(Schedule whole, Class<T> type, long first, long last) {
        if (first > last) {
            return Optional.empty();
        }
        if (type.isInstance(whole)) {
            return Optional.of(new Wrapped<>(type.cast(whole), first, last));
        }
        if (whole instanceof LinearWarmUp warmUp) {
            long length = warmUp.length();
            long ramp = length > 0 ? length + 1 : 0; // steps 0 .. length are the ramp itself
            return find(warmUp.schedule(), type, Math.max(first, ramp) - length, last - length);
        }
        if (whole instanceof LinearCoolDown coolDown) {
            return find(coolDown.schedule(), type, first, Math.min(last, coolDown.startIdx()));
        }
        return Optional.empty();
    }
}
