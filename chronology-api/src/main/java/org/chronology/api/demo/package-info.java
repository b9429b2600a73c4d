/** The demo: the published reviews' chronologies loaded through the API, with tokens to try. */
package org.chronology.api.demo;
