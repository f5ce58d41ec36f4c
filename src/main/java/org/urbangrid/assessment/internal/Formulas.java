package org.urbangrid.assessment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbangrid.assessment.Period;
import org.urbangrid.audit.AuditLog;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.platform.UrbanGridException;

/**
 * 考核办法: the dated formula versions. Reading picks the version in force for a period; an administrator's edit
 * is checked ({@link FormulaValidator}), stored as a new version and written to the audit log in one transaction.
 */
@Service
public class Formulas {

    private final FormulaStore store;
    private final AuditLog audit;
    private final CurrentStaff current;
    private final Clock clock;

    Formulas(FormulaStore store, AuditLog audit, CurrentStaff current, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.current = current;
        this.clock = clock;
    }

    /** The version a period is computed with: the one in force on its first day. */
    public Formula inForce(Period period) {
        return inForce(period.from());
    }

    public Formula inForce(LocalDate day) {
        return store.inForce(day).orElseThrow(() -> UrbanGridException.notFound("error.assessment.formula.none", day));
    }

    public Formula require(long version) {
        return store.find(version).orElseThrow(() -> UrbanGridException.notFound("error.assessment.formula.not-found", version));
    }

    /** Every version, newest first. */
    public List<Formula> all() {
        return store.all();
    }

    @Transactional
    public Formula create(NewFormula formula) {
        FormulaValidator.check(formula.formula(), formula.validFrom(), formula.reason());
        var before = store.inForce(formula.validFrom()).orElse(null);
        long version = store.insert(formula.validFrom(), formula.reason().strip(), formula.formula(), clock.instant(),
                current.get().username());
        var created = require(version);
        audit.record("assessment", "create-formula", "v" + version + " " + formula.validFrom(), before, created);
        return created;
    }
}
