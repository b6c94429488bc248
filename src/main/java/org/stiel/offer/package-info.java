/**
 * The offer: the services and activities of a network's partners, their schedules and occurrences, kept current by
 * the partners themselves, in a model that maps onto Open Referral HSDS 3.0 service and schedule.
 */
@ApplicationModule(allowedDependencies = {"platform", "network", "accounts", "partners"})
package org.stiel.offer;

import org.springframework.modulith.ApplicationModule;
