/**
 * The partner directory: the organisations of a network, what they do and where, who to contact, and how well
 * together they cover the families' life domains.
 *
 * <p>Published read model: other modules' SQL that must filter, join or sort on partners within one statement reads
 * the read-only views {@code partners_membership}, {@code partners_summary} and {@code partners_place} (migration
 * V28, docs/adr/0026), never this module's tables.
 */
@ApplicationModule(allowedDependencies = {"platform", "network", "accounts"})
package org.stiel.partners;

import org.springframework.modulith.ApplicationModule;
