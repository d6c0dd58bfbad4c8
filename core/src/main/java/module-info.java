/**
 * lrsched's core: schedules as exact, pure functions of a 64-bit step, the spec language that names them, and
 * whole tables filled from their plans. No dependencies; the Vector API kernel comes from {@code org.lrsched.simd},
 * found by name when it is present.
 */
@SuppressWarnings("exports") // Kernel's method takes the formula SPI, which only kernels need
module org.lrsched.core {
    exports org.lrsched;
    exports org.lrsched.contract;
    exports org.lrsched.peers.optax;
    exports org.lrsched.peers.timm;
    exports org.lrsched.peers.torch;
    exports org.lrsched.peers.keras;
    exports org.lrsched.peers.transformers;
    exports org.lrsched.schedule;
    exports org.lrsched.spec;
    exports org.lrsched.table;
    exports org.lrsched.types;
    // the kernel SPI: the formulas a kernel fills and the tables it writes
    exports org.lrsched.formula to org.lrsched.simd;
}
