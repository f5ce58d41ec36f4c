/**
 * Duty (属地责任): who answers for a place. One small model that every duty system fills and every page reads:
 * a {@link org.urbangrid.duty.Where} (a point and its grids) asked of every {@link org.urbangrid.duty.AnswerableSource}
 * gives the {@link org.urbangrid.duty.Answerable}s there — the 门前三包 unit whose frontage it is, the road or river
 * chiefs of the segment, the grid's 网格责任人 and 四位一体 team, the 网区's 督导单位 and 包扶 leader, and the chain
 * 区包街道 → 街道包社区 → 社区包楼院. The duty modules ({@code frontage}, {@code chiefs}, {@code gridteams}) implement the
 * sources; the console, the phone pages and the assessment read {@link org.urbangrid.duty.WhoAnswers}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Duty", allowedDependencies = {})
package org.urbangrid.duty;
