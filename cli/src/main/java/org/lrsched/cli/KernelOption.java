package org.lrsched.cli;

import org.lrsched.table.Kernel;
import org.lrsched.table.Kernels;

/** The {@code --kernel} option: a kernel by name, or the provider's choice. */
final class KernelOption {
    private KernelOption() {}

    static Kernel resolve(String name) {
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
    static Kernel preferred() {
        try {
            return Kernels.preferred();
        } catch (IllegalStateException e) {
            throw new CliError(e.getMessage());
        }
    }
}
