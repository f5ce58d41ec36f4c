/**
 * Open311 GeoReport v2 server (开放 311 接口): service discovery, the services (our event and component classes, with
 * their filing conditions as the {@code condition} attribute), service requests read from the public projection of
 * cases and created as cases of the API key's channel, tokens, and FixMyStreet's {@code servicerequestupdates}
 * extension; JSON and XML under {@code /open311/v2/}. See docs/open311.md.
 *
 * <p>No public face: other modules reach it over HTTP only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Open311", allowedDependencies = {"platform", "organization", "cases", "catalog", "grid", "channels", "audit", "deadline"})
package org.urbangrid.open311;
