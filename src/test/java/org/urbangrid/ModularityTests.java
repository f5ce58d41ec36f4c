package org.urbangrid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(UrbanGridApplication.class);

    /** No cycles, no access to another module's internals, and no arrow its allowedDependencies does not declare. */
    @Test
    void module_boundaries_hold() {
        modules.verify();
    }

    /**
     * Every top-level module declares its allowedDependencies, and declares exactly the arrows that exist: a new
     * arrow fails {@link #module_boundaries_hold()}, and one that went away must be struck from the declaration.
     */
    @Test
    void every_module_declares_exactly_the_dependencies_it_has() throws ClassNotFoundException {
        for (var module : modules) {
            var base = module.getBasePackage().getName();
            var annotation = Class.forName(base + ".package-info").getAnnotation(ApplicationModule.class);
            assertThat(annotation).as(base + " is annotated as a module").isNotNull();
            var declared = new TreeSet<>(Arrays.asList(annotation.allowedDependencies()));
            assertThat(declared).as(base + " declares allowedDependencies").isNotEqualTo(new TreeSet<>(Arrays.asList(ApplicationModule.OPEN_TOKEN)));
            var actual = module.getDirectDependencies(modules).uniqueModules().map(m -> m.getIdentifier().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(declared).as(base + "'s allowedDependencies").isEqualTo(actual);
        }
    }

    @Test
    void writes_module_documentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
