package org.urbangrid.dispatch;

import java.util.Optional;

/**
 * SPI: the 门前三包 (frontage duty) unit whose frontage holds a position, and the department supervising units of its
 * kind (监管部门). Implemented by the frontage module; dispatch asks it only for a rule that routes to
 * "the frontage unit's supervising department" ({@link RoutingRule#frontageSupervisor()}). Absent (no bean) or
 * empty, such a rule routes to its own department.
 */
public interface FrontageSupervision {

    /** The primary unit at the position (see the frontage module's matching rule) and its supervising department. */
    Optional<Supervisor> at(double latitude, double longitude);

    /**
     * @param unitId the frontage unit (责任单位)
     * @param unitName its name, for the reason the dispatcher reads
     * @param departmentId the supervising department (监管部门) of the unit's kind
     */
    record Supervisor(long unitId, String unitName, long departmentId) {}
}
