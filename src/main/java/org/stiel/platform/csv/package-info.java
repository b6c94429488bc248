/** The formula-safe CSV writer every export uses. */
package org.stiel.platform.csv;
