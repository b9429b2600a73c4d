/** The OpenAPI document of the REST API. */
package org.chronology.api.openapi;
