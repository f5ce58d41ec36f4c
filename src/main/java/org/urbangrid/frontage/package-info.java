/**
 * Frontage duty (门前三包): the register of responsibility units (责任单位) and the frontage each answers for, their
 * signed contracts (《"门前三包"责任书》), the department supervising each kind of unit (监管部门), the cases reported
 * inside a frontage (linked at once), the steps taken on a unit (劝阻 → 书面告知 → 处罚), monthly ratings (月度评定) and
 * the 文明单位 / 评先创优 eligibility list (three failed months in a row remove a unit). Answers
 * {@link org.urbangrid.duty.AnswerableSource} with keys {@code unit:<id>} and routing's
 * {@link org.urbangrid.dispatch.FrontageSupervision}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Frontage duty",
        allowedDependencies = {"platform", "organization", "audit", "grid", "cases", "dispatch", "duty", "attachments"})
package org.urbangrid.frontage;
