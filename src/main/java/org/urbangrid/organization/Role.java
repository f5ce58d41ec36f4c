package org.urbangrid.organization;

/** The roles of DOMAIN §1; each staff account has exactly one. */
public enum Role {
    /** 监督员 / 信息采集员: patrols a responsibility area, reports, verifies and checks on site. */
    INSPECTOR,
    /** 受理员: takes reports in, sends them to verify and to check. */
    OPERATOR,
    /** 值班长: files or refuses verified reports, closes checked cases, approves cancellation. */
    SHIFT_LEADER,
    /** 派遣员: sends filed cases to departments, approves extension, return and suspension. */
    DISPATCHER,
    /** 专业部门处置人员: a department's staff who fix the problem and report back. */
    HANDLER,
    /** 领导: watches, urges (督办) any case, reads rankings. */
    LEADER,
    /** 管理员: grids, catalogue, time limits, routing rules, users. */
    ADMIN,
    /**
     * 接入渠道: the account a channel acts through (the public pages, a 12345/12319 hotline system, an Open311
     * client) for the citizens it serves: it reports and says a closed case is not fixed. It never logs in; the
     * channel's own key authenticates its requests.
     */
    CHANNEL;

    /** The roles a person holds (every one but {@link #CHANNEL}). */
    public static java.util.List<Role> staffRoles() {
        return java.util.Arrays.stream(values()).filter(r -> r != CHANNEL).toList();
    }

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
