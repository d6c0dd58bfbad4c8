package org.lrsched.spec;

/** One declared parameter of a schedule type: its name, what kind of value it takes, and its default. */
final class Param {
    /** What a parameter's value must be. */
    enum Kind {
        REAL("a number"),
        INTEGER("an integer"),
        LENGTH("a number of steps (whole, or real where the documents allow it)"),
        SCHEDULE("a schedule, e.g. cosine(min_lr=0.1, max_lr=1, cycle_length=100)"),
        SHAPE("a cycle shape: triangular(min_lr=.., max_lr=..) or cosine(min_lr=.., max_lr=..)"),
        STEPS("a list of integer steps, e.g. [250, 750, 900]"),
        MODE("one of linear, constant");

        final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    /** Marks a parameter with no default that may be left out (Python's {@code None}). */
    static final Object ABSENT = new Object();

    final String name;
    final Kind kind;
    final Object defaultValue; // null: required
    final boolean scheduleOnly; // absent when the type is used as a cyclical shape

    private Param(String name, Kind kind, Object defaultValue, boolean scheduleOnly) {
        this.name = name;
        this.kind = kind;
        this.defaultValue = defaultValue;
        this.scheduleOnly = scheduleOnly;
    }

    static Param required(String name, Kind kind) {
        return new Param(name, kind, null, false);
    }

    static Param optional(String name, Kind kind, Object defaultValue) {
        return new Param(name, kind, defaultValue, false);
    }

    /** {@code cycle_length} of the triangular and cosine types: required as a schedule, absent as a shape. */
    static Param cycleLength() {
        return new Param("cycle_length", Kind.LENGTH, null, true);
    }
}
