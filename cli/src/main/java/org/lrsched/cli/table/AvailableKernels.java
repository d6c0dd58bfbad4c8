package org.lrsched.cli.table;

import java.util.ArrayList;
import java.util.List;
import org.lrsched.table.Kernel;
import org.lrsched.table.Kernels;

/** Every kernel this JVM can run, reference first, and a note for each one it cannot. */
public record AvailableKernels(List<Kernel> kernels, List<String> notes) {
    private static final String[] NAMES = {"reference", "scalar", "vector"};

    public static AvailableKernels find() {
        List<Kernel> kernels = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String name : NAMES) {
            try {
                kernels.add(Kernels.named(name));
            } catch (IllegalStateException e) {
                notes.add(name + ": not checked: " + e.getMessage());
            }
        }
        return new AvailableKernels(kernels, notes);
    }
}
