/** The command line: agencies, tokens, events, imports, projections. */
package org.chronology.client.cli;
