/**
 * Grid teams and the chain of responsibility (网格责任体系): per unit grid its 网格责任人 (grid keeper) and the 四位一体
 * team (社区网格员, 执法队员, 社区民警, 保洁员, seed 000); 网区 (grid zones) as an optional grouping of a community's unit
 * grids with their 督导单位 and 包扶 leader (seed 003); the chain 区包街道 → 街道包社区 → 社区包楼院 as named people with
 * their responsibility letters (责任书); and urging along the chain (沿责任链督办) on a case.
 *
 * <p>Public face: {@link org.urbangrid.gridteams.GridTeams} (read, edit, import, letters) and
 * {@link org.urbangrid.gridteams.ChainUrges}. Answers {@link org.urbangrid.duty.WhoAnswers} through an in-memory
 * {@link org.urbangrid.duty.AnswerableSource} that follows other nodes through the cluster's cache versions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Grid teams", allowedDependencies = {"platform",
        "organization", "audit", "grid", "duty", "cases", "notifications", "attachments"})
package org.urbangrid.gridteams;
