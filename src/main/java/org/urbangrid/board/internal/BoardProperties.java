package org.urbangrid.board.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code urbangrid.board.*}: the public board's settings.
 *
 * @param minCases the fewest cases (closed in the period) a street or department needs before it is ranked; below
 *        it the board says "样本不足 / too few cases" (default 20)
 * @param feedSize entries per Atom feed (default 50)
 * @param tagAuthority the authority of the feeds' {@code tag:} ids (RFC 4151), fixed once a city publishes feeds
 */
@ConfigurationProperties("urbangrid.board")
public record BoardProperties(Integer minCases, Integer feedSize, String tagAuthority) {

    public BoardProperties {
        minCases = minCases == null ? 20 : Math.max(1, minCases);
        feedSize = feedSize == null ? 50 : Math.max(1, Math.min(200, feedSize));
        tagAuthority = tagAuthority == null || tagAuthority.isBlank() ? "urbangrid" : tagAuthority.strip();
    }
}
