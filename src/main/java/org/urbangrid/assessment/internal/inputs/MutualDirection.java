package org.urbangrid.assessment.internal.inputs;

import org.urbangrid.assessment.SubjectKind;

/** 条块互评 direction: 块考核条 (a street rates the departments that serve it) and 条考核块 (a department rates a street). */
public enum MutualDirection {
    /** 块考核条: a street (街道) rates a department (职能部门 or 权属单位). */
    STREET_RATES_DEPARTMENT(SubjectKind.DEPARTMENT),
    /** 条考核块: a department rates a street. */
    DEPARTMENT_RATES_STREET(SubjectKind.STREET);

    private final SubjectKind rated;

    MutualDirection(SubjectKind rated) {
        this.rated = rated;
    }

    /** The kind of the unit this direction's forms score. */
    public SubjectKind rated() {
        return rated;
    }

    /** The direction by name; 400 naming the field otherwise. */
    public static MutualDirection parse(String text, String field) {
        for (var d : values()) {
            if (d.name().equals(text)) {
                return d;
            }
        }
        throw org.urbangrid.platform.UrbanGridException.invalid("inputs.error.direction", String.valueOf(text))
                .with("field", field);
    }
}
