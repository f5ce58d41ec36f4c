package org.urbangrid.chiefs;

import java.time.LocalDate;

/**
 * 公示牌: the public signboard of a segment (CJ/T 214 component class C2101 河长公示牌; road chiefs' boards are
 * recorded the same way): where it stands, the text it shows (the chiefs' names, duties, the complaint phone), when it
 * was put up, and its component code in the register when it has one.
 */
public record Signboard(long id, long segmentId, double latitude, double longitude, String shownText,
        String complaintPhone, LocalDate installedOn, String componentCode) {

    /** The catalogue class of a chief's signboard. */
    public static final String COMPONENT_CLASS = "C2101";
}
