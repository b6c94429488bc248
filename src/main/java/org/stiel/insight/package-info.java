/**
 * Insight: the network's local context (figures per municipality from Statbel, the provinces and Kind en Gezin, and
 * the network's own), held against the partners' offer to find the gaps; later evaluation, signals and the report.
 * Owns no personal data.
 */
@ApplicationModule(
        allowedDependencies = {"platform", "network", "accounts", "partners", "offer", "referrals", "planning"})
package org.stiel.insight;

import org.springframework.modulith.ApplicationModule;
