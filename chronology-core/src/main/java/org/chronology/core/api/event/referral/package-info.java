/** Events of referrals, their decisions and the life of a case: opened, transferred, closed. */
package org.chronology.core.api.event.referral;
