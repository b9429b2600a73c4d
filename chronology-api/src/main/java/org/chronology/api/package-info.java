/** The Spring Boot service: web, security and wiring of the modules below. */
package org.chronology.api;
