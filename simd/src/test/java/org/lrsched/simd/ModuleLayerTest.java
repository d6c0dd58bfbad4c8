package org.lrsched.simd;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lrsched.Schedule;

/**
 * The module descriptors as an embedder on the module path meets them: core and simd resolved as named modules
 * in a layer of their own, core finds the vector kernel by name, and a table fills through it. (The other tests
 * run on the class path.)
 */
class ModuleLayerTest {

    @Test
    void coreAndSimdWorkAsNamedModules() throws Exception {
        Path core = location(Schedule.class);
        Path simd = location(VectorKernel.class);
        Configuration modules = ModuleLayer.boot().configuration()
                .resolve(ModuleFinder.of(core, simd), ModuleFinder.of(), Set.of("org.lrsched.simd"));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(modules, ClassLoader.getPlatformClassLoader());
        assertThat(layer.findModule("org.lrsched.core")).get().matches(Module::isNamed);
        ClassLoader loader = layer.findLoader("org.lrsched.core");

        Class<?> schedule = loader.loadClass("org.lrsched.Schedule");
        assertThat(schedule.getModule().getName()).isEqualTo("org.lrsched.core");
        Object sgdr = schedule.getMethod("parse", String.class).invoke(null, "sgdr");
        Object kernel = loader.loadClass("org.lrsched.table.Kernels").getMethod("preferred").invoke(null);
        assertThat(kernel.getClass().getModule().getName()).isEqualTo("org.lrsched.simd");
        // through the exported interface: simd's own package is exported to core alone
        assertThat(loader.loadClass("org.lrsched.table.Kernel").getMethod("name").invoke(kernel)).isEqualTo("vector");

        Method fill = loader.loadClass("org.lrsched.table.Tables").getMethod("fill", schedule, long.class,
                double[].class, int.class, int.class);
        double[] table = new double[1000];
        fill.invoke(null, sgdr, 0L, table, 0, table.length);
        Method at = schedule.getMethod("at", long.class);
        for (int step = 0; step < table.length; step += 37) {
            assertThat(Math.abs(table[step] - (double) at.invoke(sgdr, (long) step))).isLessThan(1e-14);
        }
    }

    /** The class folder or jar a class was loaded from. */
    private static Path location(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
