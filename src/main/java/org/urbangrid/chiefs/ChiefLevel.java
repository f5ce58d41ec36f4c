package org.urbangrid.chiefs;

import org.urbangrid.duty.Duty;

/** 路长/河长 level: district (区级), street (街道级), community (社区级, 城管 staff in seed 002). */
public enum ChiefLevel {
    DISTRICT(Duty.CHIEF_DISTRICT),
    STREET(Duty.CHIEF_STREET),
    COMMUNITY(Duty.CHIEF_COMMUNITY);

    private final Duty duty;

    ChiefLevel(Duty duty) {
        this.duty = duty;
    }

    public Duty duty() {
        return duty;
    }
}
