/**
 * lrsched's Vector API kernel. Core loads it by name when this module is present and {@code jdk.incubator.vector}
 * is readable; nothing here is called directly.
 */
module org.lrsched.simd {
    requires org.lrsched.core;
    requires jdk.incubator.vector;
    requires jdk.management;

    exports org.lrsched.simd to org.lrsched.core;
}
