/**
 * What's new in a network, newest first, built from the other modules' events: who added or changed which partner or
 * offer; what moved in the plan, the governance and the meetings; which assessment round opened or closed. Never
 * anything of a referral: its events stay ids for counting.
 */
@ApplicationModule(
        allowedDependencies = {
            "platform",
            "network",
            "accounts",
            "partners",
            "offer",
            "planning",
            "governance",
            "meetings",
            "lifecycle"
        })
package org.stiel.feed;

import org.springframework.modulith.ApplicationModule;
