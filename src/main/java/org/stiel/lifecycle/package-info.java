/**
 * The network's lifecycle self-assessment: the five phases with their crucial questions, assessment rounds answered by
 * partner representatives and the steering group, the results per phase drawn as a circle, and history across rounds.
 */
@ApplicationModule(allowedDependencies = {"platform", "network", "accounts", "partners", "planning"})
package org.stiel.lifecycle;

import org.springframework.modulith.ApplicationModule;
