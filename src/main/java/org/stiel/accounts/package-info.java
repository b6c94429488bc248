/**
 * Accounts: people, their login, their role in each network they belong to, invitations, password resets and
 * personal access tokens.
 */
@ApplicationModule(allowedDependencies = {"platform", "network"})
package org.stiel.accounts;

import org.springframework.modulith.ApplicationModule;
