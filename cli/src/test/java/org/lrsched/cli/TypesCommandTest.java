package org.lrsched.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lrsched.spec.Param;
import org.lrsched.spec.ScheduleType;
import org.lrsched.types.ScheduleTypes;

/** {@code lrsched types}: every type, and each type's parameters, from the declarations. */
class TypesCommandTest {

    @Test
    void listsEveryTypeWithItsDescription() {
        String out = Cli.run("types").succeeded().out();
        for (ScheduleType<?> t : ScheduleTypes.schedules()) {
            assertThat(out).contains(t.name()).contains(t.description());
        }
        assertThat(out).contains("Cycle shapes, for cyclical(shape=...): triangular, cosine");
    }

    @Test
    void aTypeShowsEveryParameterWithItsDefaultAndAnExample() {
        for (ScheduleType<?> t : ScheduleTypes.schedules()) {
            String out = Cli.run("types", t.name()).succeeded().out();
            for (Param<?> p : t.params()) {
                assertThat(out).as(t.name()).contains(p.name()).contains(p.description());
            }
            assertThat(out).contains("example: " + t.example());
        }
        assertThat(Cli.run("types", "cyclical").succeeded().out())
                .contains("cycle_length_decay").contains("default 1.0").contains("shape").contains("required");
    }

    @Test
    void aTypeThatIsAlsoAShapeShowsBoth() {
        assertThat(Cli.run("types", "triangular").succeeded().out()).contains("cycle_length")
                .contains("As a cycle shape (cyclical(shape=...)), without cycle_length:");
    }

    @Test
    void anUnknownTypeListsTheTypes() {
        Cli.run("types", "cosin").failedWith("unknown type 'cosin'; types: triangular, cosine");
    }
}
