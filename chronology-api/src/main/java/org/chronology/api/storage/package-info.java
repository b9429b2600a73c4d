/** The one writer per node: group commit, forcing to disk and the journal; H2's write turns. */
package org.chronology.api.storage;
