package org.urbangrid.gridteams;

import java.time.LocalDate;

import org.urbangrid.duty.Duty;

/**
 * 责任书: a responsibility letter as the renewal list shows it — a post's (the chain's, a keeper's) or a 网区 leader's
 * 网格化管理责任书.
 *
 * @param key the signer's duty key
 * @param zoneCode the 网区's code for a zone leader's letter, else null
 * @param scanLink the console path of the scanned letter, or null when none was uploaded
 */
public record Letter(String key, Duty duty, String personName, String organisation, String placeCode,
        String placeName, String zoneCode, LocalDate signedOn, LocalDate endsOn, boolean expired, String scanLink) {}
