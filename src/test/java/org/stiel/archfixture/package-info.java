/**
 * A made-up module root for {@code ModuleApiRulesTests}: one type of each kind the API rules must accept or reject.
 * Nothing here is a Spring bean, so the application's component scan passes it by.
 */
package org.stiel.archfixture;
