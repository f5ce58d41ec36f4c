/**
 * Assessment (综合评价, DOMAIN §6): indicators of every inspector, operator, shift leader, dispatcher, department
 * and region, and of every road or river segment, chief and grid keeper (by where a case lies, from
 * {@code duty.WhoAnswers}), computed from the case histories, each with its numerator, denominator and the cases behind it;
 * scores and grades by a dated formula version; fair rankings; published (frozen) periods; notices (通报), exports;
 * spot checks (抽查), mutual assessment (条块互评) and third-party review entering the scores.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment", allowedDependencies = {"platform", "organization", "grid", "catalog", "cases", "attachments", "audit", "duty"})
package org.urbangrid.assessment;
