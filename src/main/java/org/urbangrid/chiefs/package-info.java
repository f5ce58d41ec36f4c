/**
 * Road and river chiefs (路长制 / 河长制): road segments (路段) and river reaches (河段) as lines, each with chiefs at
 * three levels and a public signboard (公示牌); cases within a segment's matching distance belong to it; chiefs see
 * their segments' cases and patrol them on the phone (巡查: track, findings reported straight to the centre — 直报 —
 * or fixed on the spot); a scorecard per segment and per chief, and patrol coverage for the assessment.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Chiefs", allowedDependencies = {"platform",
        "organization", "audit", "grid", "cases", "deadline", "duty", "attachments", "catalog", "assessment"})
package org.urbangrid.chiefs;
