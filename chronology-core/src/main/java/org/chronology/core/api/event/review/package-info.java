/** Events of practice reviews: serious incidents notified, rapid reviews, reviews commissioned. */
package org.chronology.core.api.event.review;
