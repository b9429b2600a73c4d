/** The web pages' serving and headers. */
package org.chronology.api.pages;
