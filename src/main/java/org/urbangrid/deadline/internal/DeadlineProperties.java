package org.urbangrid.deadline.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Deadline settings.
 *
 * @param warnShare the share of a limit used when the light turns yellow (default 0.8)
 */
@ConfigurationProperties("urbangrid.deadline")
public record DeadlineProperties(Double warnShare) {

    public DeadlineProperties {
        warnShare = warnShare == null ? 0.8 : warnShare;
    }
}
