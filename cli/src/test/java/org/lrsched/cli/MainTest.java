package org.lrsched.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void helpNamesTheCommands() {
        assertThat(Cli.run("--help").succeeded().out())
                .contains("table", "at", "presets", "plot", "verify", "demo", "Exit status");
    }

    @Test
    void tableHelpStatesTheDefaults() {
        assertThat(Cli.run("table", "--help").succeeded().out())
                .contains("--from=N", "(default: 0)", "--count=N", "(default: 1000)", "double, float", "(default: double)",
                        "(default: csv)", "(default: standard output)");
    }

    @Test
    void versionNamesTheProjectVersionAndTheJava() {
        assertThat(Cli.run("--version").succeeded().out())
                .matches("(?s)lrsched \\d+\\.\\d+\\.\\d+\\S*\nJava " + System.getProperty("java.version") + " .*");
    }

    @Test
    void subcommandsAnswerVersionToo() {
        assertThat(Cli.run("at", "--version").succeeded().out()).startsWith("lrsched ");
    }
}
