package org.urbangrid.frontage;

/** 处置措施: the steps taken on a unit that fails its duty, in the order they escalate. */
public enum StepKind {
    /** 劝阻 */
    DISSUADE("劝阻", "Dissuasion"),
    /** 书面告知 */
    NOTICE("书面告知", "Written notice"),
    /** 处罚 */
    PENALTY("处罚", "Penalty");

    private final String zh;
    private final String en;

    StepKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** The step offered after this one: the next in order, the last repeated. */
    public StepKind next() {
        return this == PENALTY ? PENALTY : values()[ordinal() + 1];
    }
}
