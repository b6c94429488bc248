/**
 * What's new in a network: who added or changed which partner or offer, newest first, built from the other modules'
 * events.
 */
@ApplicationModule(allowedDependencies = {"platform", "network", "accounts", "partners", "offer"})
package org.stiel.feed;

import org.springframework.modulith.ApplicationModule;
