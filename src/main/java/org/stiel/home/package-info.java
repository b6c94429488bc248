/**
 * The start page after login: what needs the person now, per role, each item a link to the page that shows it. Reads
 * counts and short lists through the other modules' APIs only; it owns no data.
 */
@ApplicationModule(
        allowedDependencies = {
            "platform",
            "network",
            "accounts",
            "offer",
            "referrals",
            "planning",
            "governance",
            "meetings",
            "lifecycle",
            "feed"
        })
package org.stiel.home;

import org.springframework.modulith.ApplicationModule;
