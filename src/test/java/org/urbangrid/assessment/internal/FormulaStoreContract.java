package org.urbangrid.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.urbangrid.assessment.Grade;
import org.urbangrid.audit.AuditLog;
import org.urbangrid.platform.UrbanGridException;
import org.urbangrid.support.IntegrationTest;

/**
 * Formula versions as stored: the default from V17.1, the version in force on a day, a version's JSON read back
 * whole, an edit audited and a faulty one refused without a trace. Dates past 2040 keep the rest of the suite,
 * which shares the database, on the default version.
 */
abstract class FormulaStoreContract extends IntegrationTest {

    @Autowired
    Formulas formulas;

    @Autowired
    AuditLog audit;

    @Test
    void the_default_version_is_in_force_from_2000_and_reads_back_as_domain_section_6() {
        var first = formulas.inForce(LocalDate.of(2000, 1, 1));
        assertThat(first.validFrom()).isEqualTo(DefaultFormula.VALID_FROM);
        assertThat(first.body()).isEqualTo(DefaultFormula.body());
        assertThat(formulas.inForce(LocalDate.of(2026, 11, 1)).version()).isEqualTo(first.version());
        assertThatThrownBy(() -> formulas.inForce(LocalDate.of(1999, 12, 31))).isInstanceOf(UrbanGridException.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void the_version_in_force_is_the_latest_date_not_after_the_day_and_the_later_version_on_the_same_date() {
        var a = formulas.create(new NewFormula(LocalDate.of(2041, 3, 1), "first", withA(91)));
        var b = formulas.create(new NewFormula(LocalDate.of(2041, 6, 1), "second", withA(92)));
        var c = formulas.create(new NewFormula(LocalDate.of(2041, 3, 1), "replaces first", withA(93)));
        assertThat(formulas.inForce(LocalDate.of(2041, 2, 28)).validFrom()).isBefore(LocalDate.of(2041, 3, 1));
        assertThat(formulas.inForce(LocalDate.of(2041, 3, 1)).version()).isEqualTo(c.version());
        assertThat(formulas.inForce(LocalDate.of(2041, 5, 31)).body().grades().get(Grade.A)).isEqualByComparingTo("93");
        assertThat(formulas.inForce(LocalDate.of(2041, 6, 1)).version()).isEqualTo(b.version());
        assertThat(formulas.require(a.version()).reason()).isEqualTo("first");
        assertThat(formulas.all().get(0).version()).isGreaterThanOrEqualTo(c.version());
        assertThat(c.createdBy()).isEqualTo("admin");
        assertThat(audit.page("assessment", null, 10).entries()).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("create-formula");
            assertThat(entry.subject()).isEqualTo("v" + c.version() + " 2041-03-01");
        });
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_faulty_version_is_refused_and_nothing_is_stored() {
        int before = formulas.all().size();
        assertThatThrownBy(() -> formulas.create(new NewFormula(LocalDate.of(2042, 1, 1), "bad", withA(30))))
                .isInstanceOfSatisfying(UrbanGridException.class,
                        e -> assertThat(e.properties()).containsEntry("field", "grades.B"));
        assertThat(formulas.all()).hasSize(before);
    }

    private static FormulaBody withA(int limit) {
        var body = DefaultFormula.body();
        var grades = new EnumMap<>(body.grades());
        grades.put(Grade.A, BigDecimal.valueOf(limit));
        return new FormulaBody(grades, body.class2Regions(), body.kinds());
    }
}
