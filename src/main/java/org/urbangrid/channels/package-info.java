/**
 * Channels (接入渠道): the ways problems reach the city besides staff — the citizen pages, each 12345/12319 hotline
 * system, each Open311 client. A channel has an account of role {@code CHANNEL} that its reports are made
 * through, API keys an administrator issues and revokes, whether the centre trusts its citizens' text at once,
 * and where its updates are sent (a signed webhook).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Channels", allowedDependencies = {"platform", "organization", "audit", "cases"})
package org.urbangrid.channels;
