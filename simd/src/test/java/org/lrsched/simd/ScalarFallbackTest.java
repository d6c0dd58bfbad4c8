package org.lrsched.simd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.lrsched.table.Kernels;
import org.lrsched.table.ScalarKernel;

/** Run without {@code --add-modules jdk.incubator.vector}: the provider falls back to scalar, with one WARNING. */
class ScalarFallbackTest {

    @Test
    void fallsBackToScalarWithAWarningThatNamesTheFix() {
        assertThat(ModuleLayer.boot().findModule("jdk.incubator.vector")).isEmpty();
        List<LogRecord> records = new ArrayList<>();
        Logger logger = Logger.getLogger(Kernels.class.getName());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        logger.addHandler(capture);
        try {
            assertThat(Kernels.preferred()).isSameAs(ScalarKernel.INSTANCE);
        } finally {
            logger.removeHandler(capture);
        }
        assertThat(records).filteredOn(r -> r.getLevel() == Level.WARNING).singleElement()
                .satisfies(r -> assertThat(r.getMessage()).contains("--add-modules jdk.incubator.vector"));
        assertThatThrownBy(() -> Kernels.named("vector")).hasMessageContaining("--add-modules jdk.incubator.vector");
    }
}
