/**
 * The partner directory: the organisations of a network, what they do and where, who to contact, and how well
 * together they cover the families' life domains.
 */
@ApplicationModule(allowedDependencies = {"platform", "network", "accounts"})
package org.stiel.partners;

import org.springframework.modulith.ApplicationModule;
