package org.urbangrid.frontage;

import java.time.Instant;
import java.time.YearMonth;

/**
 * 月度评定: a unit's score for a month from its record (see {@code docs/frontage.md}: 100 minus points per counted
 * case, repeat and step), and whether it reached the pass mark.
 */
public record Rating(long unitId, YearMonth month, int score, boolean passed, int cases, int repeats,
        int dissuasions, int notices, int penalties, Instant computedAt) {

    /** 优秀 at 95 and above, 合格 at the pass mark, else 不合格. */
    public Grade grade() {
        return !passed ? Grade.FAIL : score >= 95 ? Grade.EXCELLENT : Grade.PASS;
    }

    /** 评定等次 */
    public enum Grade {
        /** 优秀 */
        EXCELLENT("优秀", "Excellent"),
        /** 合格 */
        PASS("合格", "Pass"),
        /** 不合格 */
        FAIL("不合格", "Fail");

        private final String zh;
        private final String en;

        Grade(String zh, String en) {
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
}
