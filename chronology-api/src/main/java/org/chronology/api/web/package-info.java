/** Problem responses, strict JSON bodies and query parameters, Tomcat settings. */
package org.chronology.api.web;
