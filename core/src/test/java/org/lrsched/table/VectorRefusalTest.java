package org.lrsched.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** With core alone (these tests have no lrsched-simd), the refusal says what to add, on either path. */
class VectorRefusalTest {

    @Test
    void onTheClassPathItAsksForTheArtifact() {
        assertThat(Kernels.vectorRefusal()).get().asString().startsWith("lrsched-simd is not on the class path");
    }

    @Test
    void onTheModulePathItAsksForTheModule() throws Exception {
        Path core = Path.of(Kernels.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Configuration modules = ModuleLayer.boot().configuration()
                .resolve(ModuleFinder.of(core), ModuleFinder.of(), Set.of("org.lrsched.core"));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(modules,
                ClassLoader.getPlatformClassLoader());
        Class<?> kernels = layer.findLoader("org.lrsched.core").loadClass(Kernels.class.getName());

        Optional<?> refusal = (Optional<?>) kernels.getMethod("vectorRefusal").invoke(null);
        assertThat(refusal).get().asString().startsWith("lrsched-simd is not among the modules")
                .contains("--add-modules org.lrsched.simd");
    }
}
