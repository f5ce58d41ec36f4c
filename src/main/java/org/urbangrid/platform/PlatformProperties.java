package org.urbangrid.platform;

import java.nio.file.Path;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings every module may read.
 *
 * @param zone the city's time zone; work calendars and case numbers use it
 * @param dataDir folder for the embedded database and stored photos
 */
@ConfigurationProperties("urbangrid")
public record PlatformProperties(ZoneId zone, Path dataDir) {

    public PlatformProperties {
        zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
        dataDir = dataDir == null ? Path.of("data") : dataDir;
    }
}
