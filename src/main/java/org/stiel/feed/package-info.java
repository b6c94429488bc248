/**
 * What's new in a network: who added or changed which partner, newest first, built from the other modules' events.
 */
@ApplicationModule(allowedDependencies = {"platform", "network", "accounts", "partners"})
package org.stiel.feed;

import org.springframework.modulith.ApplicationModule;
