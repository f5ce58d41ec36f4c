/**
 * Citizens (公众服务): the citizen pages under {@code /public/**} — report a problem with photos and a position,
 * follow it by a tracking code (查询码), rate it, say "still not fixed" (仍未解决), follow a case or a whole street or
 * community — and the notices that tell citizens and followers of every public change. Phone first, no account.
 *
 * <p>Public face: {@link org.urbangrid.citizens.PublicSite} (the shared public layout's city name) and
 * {@link org.urbangrid.citizens.CitizenReports} (whether a case was reported by a citizen, anonymously or not).
 * See docs/architecture.md, "Citizen pages".
 */
@org.springframework.modulith.ApplicationModule(displayName = "Citizens", allowedDependencies = {"platform",
        "organization", "grid", "cases", "attachments", "channels", "publicguard", "notifications",
        "assessment"})
package org.urbangrid.citizens;
