/**
 * Shared infrastructure every module builds on: web layout, i18n, security, mail, errors and the embedded database.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.stiel.platform;

import org.springframework.modulith.ApplicationModule;
