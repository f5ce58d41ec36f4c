/**
 * Platform: what every capability shares and nothing more — the injected clock, the city's time zone,
 * RFC 9457 problem responses with localized messages, and SQL time conversion.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN, allowedDependencies = {})
package org.urbangrid.platform;
