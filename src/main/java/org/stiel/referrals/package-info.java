/**
 * Referrals (doorverwijzingen): a partner hands a family to another partner of the network, with the family's
 * recorded consent, and hears back what happened; only the two partners see the family, every read is logged.
 */
@ApplicationModule(allowedDependencies = {"platform", "network", "accounts", "partners", "offer"})
package org.stiel.referrals;

import org.springframework.modulith.ApplicationModule;
