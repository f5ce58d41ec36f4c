package org.urbangrid.simulation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.urbangrid.platform.SimulatedTime;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Time is simulated by the simulator alone: no other production code may even name {@link SimulatedTime}. */
class SimulatedTimeAccessTest {

    @Test
    void only_the_simulation_module_uses_simulated_time() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.urbangrid");
        noClasses().that().resideOutsideOfPackages("org.urbangrid.simulation..", "org.urbangrid.platform")
                .should().dependOnClassesThat().areAssignableTo(SimulatedTime.class)
                .because("only the city-month simulator may run code on a simulated clock")
                .check(classes);
    }
}
