/**
 * The network's plan: challenges gathered with the partners and voted on, shared goals with their progress, and the
 * actions that reach them (who carries them, who brings what, by when), which other modules feed too (a lifecycle
 * question can become an action).
 */
@ApplicationModule(allowedDependencies = {"platform", "network", "accounts", "partners"})
package org.stiel.planning;

import org.springframework.modulith.ApplicationModule;
