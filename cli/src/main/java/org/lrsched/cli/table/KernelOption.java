package org.lrsched.cli.table;

import org.lrsched.cli.io.CliError;
import org.lrsched.table.Kernel;
import org.lrsched.table.Kernels;

/** The {@code --kernel} option: a kernel by name, or the provider's choice. */
public final class KernelOption {
    private KernelOption() {}

    public static Kernel resolve(String name) {
        if (name == null) {
            return preferred();
        }
        try {
            return Kernels.named(name);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CliError("--kernel: " + e.getMessage());
        }
    }

    /** The provider's choice; a bad {@code -Dlrsched.kernel} is the user's error, in one line. */
    public static Kernel preferred() {
        try {
            return Kernels.preferred();
        } catch (IllegalStateException e) {
            throw new CliError(e.getMessage());
        }
    }
}
