package org.lrsched.schedule;

/**
 * One cycle of a cyclical schedule, in whole steps: it covers steps {@code start <= s < end}. A cycle whose end
 * would lie past {@code Long.MAX_VALUE} never ends: {@link #endless()}.
 */
public final class Cycle {
    private final long index;
    private final long start;
    private final long length;

    public Cycle(long index, long start, long length) {
        this.index = index;
        this.start = start;
        this.length = length;
    }

    /** The whole steps {@code s} with {@code start <= s < end} for float cycle ends (a real first length). */
    static Cycle between(long index, double start, double end) {
        long first = (long) Math.ceil(start);
        return end >= 0x1p63 ? new Cycle(index, first, Long.MAX_VALUE) : new Cycle(index, first, (long) Math.ceil(end) - first);
    }

    public long index() {
        return index;
    }

    public long start() {
        return start;
    }

    /**
     * The cycle's length in steps, as the reference's loop computes it (for a real first length: the whole
     * steps the cycle covers; {@code Long.MAX_VALUE} for a length past every long).
     */
    public long length() {
        return length;
    }

    public boolean endless() {
        return start > Long.MAX_VALUE - length;
    }

    /** The first step of the next cycle; only meaningful when not {@link #endless()}. */
    public long end() {
        return start + length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cycle && index == ((Cycle) o).index && start == ((Cycle) o).start
                && length == ((Cycle) o).length;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(index) * 31 + Long.hashCode(start) * 17 + Long.hashCode(length);
    }

    @Override
    public String toString() {
        return "cycle " + index + " [" + start + ", " + (endless() ? "never ends" : end() + ")") + " length " + length;
    }
}
