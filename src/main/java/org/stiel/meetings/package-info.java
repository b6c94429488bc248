/**
 * Meetings of the network that move between partners and municipalities: series with a fair rotation of hosts and
 * venues, agendas, invitations, attendance, minutes and the hosting history ("lasten en lusten").
 */
@ApplicationModule(allowedDependencies = {"platform", "network", "accounts", "partners", "governance", "planning"})
package org.stiel.meetings;

import org.springframework.modulith.ApplicationModule;
