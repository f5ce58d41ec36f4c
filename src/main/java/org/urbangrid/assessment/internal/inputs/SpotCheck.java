package org.urbangrid.assessment.internal.inputs;

import java.time.Instant;
import java.util.List;

/**
 * 月度抽查: one month's draw of unit grids from an area (seed 003: "从33个网格中随机抽取11个网格进行考核"), with the
 * seed that reproduces it ({@link SpotCheckDrawing}) and each drawn grid's check.
 */
public record SpotCheck(long id, String month, String areaCode, String areaName, int count, long seed, int poolSize,
        String poolSha256, long drawnBy, Instant drawnAt, List<Grid> grids) {

    /** What an administrator, shift leader or leader asks for; without a seed a random one is chosen and kept. */
    public record Request(String month, String areaCode, Integer count, Long seed) {}

    /** The state of a drawn grid's check. */
    public enum Result {
        /** 待检查: not yet completed by an inspector. */
        PENDING,
        /** 合格: completed, score at or above the pass mark. */
        PASS,
        /** 不合格: completed, score below the pass mark. */
        FAIL
    }

    /**
     * One drawn grid.
     *
     * @param order its place in the draw (0 = drawn first)
     * @param score 100 − deduction × problems, at least 0; null while pending
     */
    public record Grid(long drawId, int order, String unitGridCode, String name, String communityCode, String streetCode,
            Long inspectorId, Long checkedBy, Instant checkedAt, int problems, Double score, Result result) {}

    /** A problem found at a drawn grid (检查问题), with its photo. */
    public record Finding(long id, long drawId, String unitGridCode, String classCode, Long departmentId,
            String description, String photoId, double latitude, double longitude, long recordedBy,
            Instant recordedAt) {}

    /** What an inspector records; the photo is uploaded first ({@code /api/photos}) or sent with the phone form. */
    public record FindingDraft(String classCode, Long departmentId, String description, Double latitude,
            Double longitude, String photoId) {}

    /** A redraw from the recorded seed over today's grids of the area, set beside the recorded draw. */
    public record Reproduction(long drawId, String areaCode, long seed, int count, List<String> recorded,
            List<String> redrawn, boolean matches, int poolSize, boolean poolUnchanged, String algorithm) {}
}
