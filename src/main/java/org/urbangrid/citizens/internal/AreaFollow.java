package org.urbangrid.citizens.internal;

import java.time.Instant;

/** 关注街道/社区: a phone told by SMS of public changes of cases in a street or community, until unfollowed. */
public record AreaFollow(long id, String phone, Level level, String areaCode, String unfollowToken, String lang,
        Instant createdAt) {

    public enum Level { STREET, COMMUNITY }
}
