/** Reviews, tokens and access grants: who may read which child's record. */
package org.chronology.api.access;
