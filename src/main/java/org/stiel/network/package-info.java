/**
 * Networks: one Huis van het Kind is one tenant, with the municipalities of its area.
 */
@ApplicationModule(allowedDependencies = "platform")
package org.stiel.network;

import org.springframework.modulith.ApplicationModule;
