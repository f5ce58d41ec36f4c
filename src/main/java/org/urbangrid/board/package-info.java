/**
 * Public watch (公开监督): the public board (曝光台) of recently closed and overdue cases with fair per-street and
 * per-department figures (nobody ranked below a minimum case count) and the map, Atom feeds (订阅) of new and closed
 * cases per street and community, the suggestion box (意见箱) whose entries are public once an operator answered them,
 * and the operator's moderation (公开审核) of citizen text and photos before they are shown.
 *
 * <p>Public face: {@link org.urbangrid.board.Suggestions}. Cases are read only through
 * {@link org.urbangrid.cases.PublicCases} and {@link org.urbangrid.cases.PublicFigures} on the public side.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public watch", allowedDependencies = {"platform", "organization", "grid", "catalog", "cases", "publicguard"})
package org.urbangrid.board;
