package org.urbangrid.dispatch;

/** What routing knows about a case: its class and condition, where it is, and its component if any. */
public record RoutingQuery(String classCode, String conditionCode, String unitGridCode, String communityCode,
        String streetCode, String componentCode) {}
