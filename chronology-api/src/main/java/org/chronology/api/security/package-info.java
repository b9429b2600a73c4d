/** Authentication, roles, involvement-based access to a child's record and its audit. */
package org.chronology.api.security;
