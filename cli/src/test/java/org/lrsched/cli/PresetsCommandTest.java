package org.lrsched.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lrsched.cli.spec.JsonSpec;
import org.lrsched.types.Presets;

class PresetsCommandTest {

    @Test
    void eachPresetWithItsCanonicalTextInOneAlignedColumn() {
        List<String> lines = Cli.run("presets").succeeded().out().lines().toList();

        List<String> names = List.copyOf(Presets.all().keySet());
        assertThat(lines).hasSameSizeAs(names);
        int column = lines.get(0).indexOf(Presets.get(names.get(0)).toString());
        for (int i = 0; i < names.size(); i++) {
            String text = Presets.get(names.get(i)).toString();
            assertThat(lines.get(i)).startsWith(names.get(i) + " ").endsWith(text);
            assertThat(lines.get(i).length() - text.length()).as("column of %s", names.get(i)).isEqualTo(column);
        }
    }

    @Test
    void asJson() {
        List<String> lines = Cli.run("presets", "--json").succeeded().out().lines().toList();

        List<String> names = List.copyOf(Presets.all().keySet());
        assertThat(lines).hasSameSizeAs(names);
        for (int i = 0; i < names.size(); i++) {
            String[] nameAndJson = lines.get(i).split(" +", 2);
            assertThat(nameAndJson[0]).isEqualTo(names.get(i));
            assertThat(JsonSpec.parse(nameAndJson[1])).isEqualTo(Presets.get(names.get(i)).spec());
        }
    }
}
