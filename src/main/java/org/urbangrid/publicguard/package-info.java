/**
 * Public doors guard (公众入口防护): what stands in front of every endpoint that answers without a login — the citizen
 * pages ({@code /public/**}), the Open311 GeoReport v2 server ({@code /open311/**}) and any configured path group.
 * Per-address and per-device rate limits (限流) with 429 and {@code Retry-After}, a signed device token (设备令牌) in
 * the {@code ug_device} cookie, and a CAPTCHA-free proof of work (工作量证明) for writes.
 *
 * <p>Public face: {@link org.urbangrid.publicguard.PublicClient} (who is asking) and
 * {@link org.urbangrid.publicguard.ProofOfWork} (checks a solved challenge). See docs/architecture.md, "Public doors".
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public guard", allowedDependencies = {"platform", "organization"})
package org.urbangrid.publicguard;
