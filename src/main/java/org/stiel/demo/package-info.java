/**
 * Demo data: fictional networks, partners and accounts loaded on the first start of the embedded default, so that
 * every screen shows something on a first run, and the start-up notice that tells how to get in.
 */
@ApplicationModule(
        allowedDependencies = {
            "platform",
            "network",
            "accounts",
            "partners",
            "referrals",
            "offer",
            "lifecycle",
            "planning",
            "governance",
            "meetings",
            "insight"
        })
package org.stiel.demo;

import org.springframework.modulith.ApplicationModule;
