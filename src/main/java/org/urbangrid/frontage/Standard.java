package org.urbangrid.frontage;

/** 门前三包 标准 (seed 003 §三): what the frontage must be free of, the checklist of a contract. */
public enum Standard {
    /** 门前无瓜果纸屑 */
    LITTER("瓜果纸屑", "Litter"),
    /** 污水油渍 */
    SEWAGE("污水油渍", "Sewage and oil stains"),
    /** 垃圾堆放 */
    GARBAGE("垃圾堆放", "Piled garbage"),
    /** 乱摆乱卖 */
    STALLS("乱摆乱卖", "Unlicensed stalls"),
    /** 乱停乱放 */
    PARKING("乱停乱放", "Disorderly parking"),
    /** 乱张乱挂 */
    POSTERS("乱张乱挂", "Posters and hangings"),
    /** 乱涂乱写 */
    GRAFFITI("乱涂乱写", "Graffiti"),
    /** 乱搭乱建 */
    STRUCTURES("乱搭乱建", "Unauthorised structures");

    private final String zh;
    private final String en;

    Standard(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
