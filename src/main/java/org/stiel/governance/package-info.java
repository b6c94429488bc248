/**
 * How the network organises itself: its steering group and working groups with their members over time, the log of
 * decisions they take, and each partner's cooperation agreement with the network.
 */
@ApplicationModule(allowedDependencies = {"platform", "network", "accounts", "partners", "planning"})
package org.stiel.governance;

import org.springframework.modulith.ApplicationModule;
