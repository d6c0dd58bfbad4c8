package org.lrsched.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** What /proc/cpuinfo says about the CPU the benchmarks ran on: its name and its flags. */
record CpuFacts(String model, String family, String modelNumber, String stepping, int logicalCpus,
        List<String> flags) {

    /** Flags that name vector instruction sets, the ones that decide the kernel's speed. */
    private static final Pattern VECTOR_FLAG = Pattern.compile("sse.*|ssse3|avx.*|fma|amx.*|asimd.*|sve.*|neon");

    static CpuFacts read(Path cpuinfo) {
        try {
            return parse(Files.readString(cpuinfo));
        } catch (IOException e) {
            return parse("");
        }
    }

    /** The first processor's entries (x86 {@code flags}, ARM {@code Features}), and how many processors. */
    static CpuFacts parse(String cpuinfo) {
        String model = "unknown CPU";
        String family = "";
        String modelNumber = "";
        String stepping = "";
        String flags = "";
        int processors = 0;
        for (String line : cpuinfo.split("\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            if (key.equals("processor")) {
                processors++;
            } else if (processors > 1) {
                continue;
            } else if (key.equals("model name")) {
                model = value;
            } else if (key.equals("cpu family")) {
                family = value;
            } else if (key.equals("model")) {
                modelNumber = value;
            } else if (key.equals("stepping")) {
                stepping = value;
            } else if (key.equals("flags") || key.equals("Features")) {
                flags = value;
            }
        }
        List<String> flagList = flags.isEmpty() ? List.of() : Arrays.asList(flags.split("\\s+"));
        return new CpuFacts(model, family, modelNumber, stepping, processors, List.copyOf(flagList));
    }

    List<String> vectorFlags() {
        return flags.stream().filter(f -> VECTOR_FLAG.matcher(f).matches()).toList();
    }

    /** The widest vector instruction set: model names alone (a VM's "Intel Xeon Processor") can hide it. */
    String widestVector() {
        for (String isa : new String[] {"avx512f", "avx2", "avx", "sse4_2", "sve", "asimd"}) {
            if (flags.contains(isa)) {
                return isa.equals("avx512f") ? "avx512" : isa;
            }
        }
        return "";
    }

    String slug() {
        return Slug.of(model + " " + widestVector());
    }
}
