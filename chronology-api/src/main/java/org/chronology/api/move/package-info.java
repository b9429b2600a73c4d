/** Moving an H2 store to PostgreSQL, and checking the move. */
package org.chronology.api.move;
