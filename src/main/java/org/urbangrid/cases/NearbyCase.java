package org.urbangrid.cases;

import java.time.Instant;

/** 疑似重复: an open case of the same class near a report, reported within the window before it. */
public record NearbyCase(long id, String number, CaseStatus status, PublicStatus publicStatus, String classCode,
        String address, double latitude, double longitude, int distanceMeters, Instant reportedAt,
        String description) {}
