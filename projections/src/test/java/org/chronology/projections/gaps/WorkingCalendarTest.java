package org.chronology.projections.gaps;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingCalendarTest {

    private final WorkingCalendar calendar = WorkingCalendar.englandAndWales();

    @Test
    void weekendsAndBankHolidaysAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2018, 3, 30))).as("Good Friday 2018").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2018, 4, 2))).as("Easter Monday 2018").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2022, 9, 19))).as("state funeral").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2018, 3, 31))).as("Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2018, 3, 29))).isTrue();
    }

    @Test
    void oneWorkingDayAfterMaundyThursdayIsTheTuesdayAfterEaster() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2018, 3, 29), 1)).isEqualTo(LocalDate.of(2018, 4, 3));
        assertThat(calendar.addWorkingDays(LocalDate.of(2018, 4, 3), -1)).isEqualTo(LocalDate.of(2018, 3, 29));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2018, 3, 29), LocalDate.of(2018, 4, 3))).isEqualTo(1);
    }

    @Test
    void theCalendarCoversTwentyTenToTwentyThirty() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2010, 12, 27))).as("Christmas 2010 substitute").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 12, 25))).isFalse();
    }
}
