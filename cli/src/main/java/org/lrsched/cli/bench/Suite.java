package org.lrsched.cli.bench;

/** The benchmark suite as its JMH JSON names it, and the goals the project sets it. */
final class Suite {
    static final String FILL = "FillBenchmark.fill";
    static final String ROOFLINE = "RooflineBenchmark.fill";
    static final String DJL = "PeerBenchmark.djl";
    static final String ND4J = "PeerBenchmark.nd4j";
    static final String AT = "AtBenchmark.at";
    static final String LOOP = "AtBenchmark.loop";

    /** The table size the goals speak of. */
    static final String GOAL_STEPS = "10000000";
    /** Every schedule's vector fill of {@link #GOAL_STEPS} at this fraction of the roofline, float and double. */
    static final double ROOFLINE_GOAL = 0.8;
    /** The vector fill at this many times the peers' speed on the same table. */
    static final double PEER_GOAL = 20;
    /** {@code at} under this many nanoseconds at {@link #AT_GOAL_STEP}. */
    static final double AT_GOAL_NANOS = 50;
    static final String AT_GOAL_STEP = "4611686018427387904";
    /** ND4J has no cosine: its number for this workload is the closest shape (warm-up + sigmoid decay). */
    static final String ND4J_STAND_IN = "warmup_cosine_full";

    private Suite() {}
}
