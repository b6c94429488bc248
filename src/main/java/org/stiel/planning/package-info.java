/**
 * The network's plan: the action list (who does what by when), which other modules feed (a lifecycle question can
 * become an action) and which goals will structure later.
 */
@ApplicationModule(allowedDependencies = {"platform", "network", "accounts", "partners"})
package org.stiel.planning;

import org.springframework.modulith.ApplicationModule;
