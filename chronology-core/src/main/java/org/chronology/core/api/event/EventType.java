package org.chronology.core.api.event;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chronology.core.api.event.assessment.AssessmentCompleted;
import org.chronology.core.api.event.assessment.AssessmentStarted;
import org.chronology.core.api.event.assessment.ChecksCompleted;
import org.chronology.core.api.event.assessment.S47EnquiryConcluded;
import org.chronology.core.api.event.assessment.S47EnquiryStarted;
import org.chronology.core.api.event.care.ChildAccommodated;
import org.chronology.core.api.event.care.LookedAfterReviewHeld;
import org.chronology.core.api.event.care.PlacementStarted;
import org.chronology.core.api.event.contact.AppointmentAttended;
import org.chronology.core.api.event.contact.AppointmentMissed;
import org.chronology.core.api.event.contact.HomeVisitMade;
import org.chronology.core.api.event.contact.InPersonContactMade;
import org.chronology.core.api.event.contact.RemoteContactMade;
import org.chronology.core.api.event.contact.ServiceDeclined;
import org.chronology.core.api.event.contact.ServiceOffered;
import org.chronology.core.api.event.contact.ServiceStarted;
import org.chronology.core.api.event.contact.ServiceWithdrawn;
import org.chronology.core.api.event.details.AssessmentDetails;
import org.chronology.core.api.event.details.ClosureDetails;
import org.chronology.core.api.event.details.ConcernDetails;
import org.chronology.core.api.event.details.ContactDetails;
import org.chronology.core.api.event.details.DischargeDetails;
import org.chronology.core.api.event.details.GeneralDetails;
import org.chronology.core.api.event.details.HandoverDetails;
import org.chronology.core.api.event.details.InformationDetails;
import org.chronology.core.api.event.details.InjuryDetails;
import org.chronology.core.api.event.details.MeetingDetails;
import org.chronology.core.api.event.details.MissedAppointmentDetails;
import org.chronology.core.api.event.details.ReferralDecisionDetails;
import org.chronology.core.api.event.details.ReferralDetails;
import org.chronology.core.api.event.details.TransferDetails;
import org.chronology.core.api.event.health.ChildBorn;
import org.chronology.core.api.event.health.ChildProtectionMedicalHeld;
import org.chronology.core.api.event.health.EmergencyDepartmentAttendance;
import org.chronology.core.api.event.health.HealthHandover;
import org.chronology.core.api.event.health.HospitalAdmission;
import org.chronology.core.api.event.health.HospitalDischarge;
import org.chronology.core.api.event.health.HospitalTransfer;
import org.chronology.core.api.event.health.ImagingPerformed;
import org.chronology.core.api.event.health.InjuryDiagnosed;
import org.chronology.core.api.event.health.InjuryObserved;
import org.chronology.core.api.event.health.PregnancyConfirmed;
import org.chronology.core.api.event.information.ConcernRecorded;
import org.chronology.core.api.event.information.FamilyInformed;
import org.chronology.core.api.event.information.HouseholdChanged;
import org.chronology.core.api.event.information.InformationRequested;
import org.chronology.core.api.event.information.InformationShared;
import org.chronology.core.api.event.information.RecordEntered;
import org.chronology.core.api.event.legal.CourtApplicationMade;
import org.chronology.core.api.event.legal.CourtHearingHeld;
import org.chronology.core.api.event.legal.CourtOrderMade;
import org.chronology.core.api.event.legal.LegalPlanningMeetingHeld;
import org.chronology.core.api.event.legal.PublicLawOutlineStarted;
import org.chronology.core.api.event.legal.YouthJusticeOrderMade;
import org.chronology.core.api.event.meeting.CinReviewMeetingHeld;
import org.chronology.core.api.event.meeting.CoreGroupMeetingHeld;
import org.chronology.core.api.event.meeting.DischargePlanningMeetingHeld;
import org.chronology.core.api.event.meeting.FamilyMeetingHeld;
import org.chronology.core.api.event.meeting.InitialConferenceHeld;
import org.chronology.core.api.event.meeting.MultiDisciplinaryMeetingHeld;
import org.chronology.core.api.event.meeting.ProfessionalsMeetingHeld;
import org.chronology.core.api.event.meeting.ReviewConferenceHeld;
import org.chronology.core.api.event.meeting.StrategyDiscussionHeld;
import org.chronology.core.api.event.meeting.StrategyMeetingHeld;
import org.chronology.core.api.event.plan.ChildInNeedPlanEnded;
import org.chronology.core.api.event.plan.ChildInNeedPlanStarted;
import org.chronology.core.api.event.plan.ChildProtectionPlanEnded;
import org.chronology.core.api.event.plan.ChildProtectionPlanStarted;
import org.chronology.core.api.event.plan.EscalationRaised;
import org.chronology.core.api.event.plan.EscalationResponded;
import org.chronology.core.api.event.plan.WrittenAgreementMade;
import org.chronology.core.api.event.police.ArrestMade;
import org.chronology.core.api.event.police.PoliceIncidentRecorded;
import org.chronology.core.api.event.police.PoliceNoFurtherActionDecided;
import org.chronology.core.api.event.police.PoliceNotified;
import org.chronology.core.api.event.police.PoliceProtectionUsed;
import org.chronology.core.api.event.referral.CaseClosed;
import org.chronology.core.api.event.referral.CaseOpened;
import org.chronology.core.api.event.referral.CaseReopened;
import org.chronology.core.api.event.referral.CaseTransferred;
import org.chronology.core.api.event.referral.ConferenceRequested;
import org.chronology.core.api.event.referral.ReferralDecided;
import org.chronology.core.api.event.referral.ReferralMade;
import org.chronology.core.api.event.review.RapidReviewHeld;
import org.chronology.core.api.event.review.ReviewCommissioned;
import org.chronology.core.api.event.review.SeriousIncidentNotified;
import org.chronology.core.api.event.worker.WorkerAllocated;
import org.chronology.core.api.event.worker.WorkerLeft;

/**
 * The event catalogue of domain.md §b: every type an agency can record, its typed details and the
 * record that carries it. Corrections and retractions are not entries of their own and live apart.
 */
public enum EventType {
    REFERRAL_MADE("referral.made", ReferralDetails.class, ReferralMade.class, ReferralMade::new),
    REFERRAL_DECISION("referral.decision", ReferralDecisionDetails.class, ReferralDecided.class, ReferralDecided::new),
    CONFERENCE_REQUESTED("conference.requested", GeneralDetails.class, ConferenceRequested.class, ConferenceRequested::new),
    CASE_OPENED("case.opened", GeneralDetails.class, CaseOpened.class, CaseOpened::new),
    CASE_REOPENED("case.reopened", GeneralDetails.class, CaseReopened.class, CaseReopened::new),
    CASE_CLOSED("case.closed", ClosureDetails.class, CaseClosed.class, CaseClosed::new),
    CASE_TRANSFERRED("case.transferred", TransferDetails.class, CaseTransferred.class, CaseTransferred::new),
    ASSESSMENT_STARTED("assessment.started", AssessmentDetails.class, AssessmentStarted.class, AssessmentStarted::new),
    ASSESSMENT_COMPLETED("assessment.completed", AssessmentDetails.class, AssessmentCompleted.class, AssessmentCompleted::new),
    CHECKS_COMPLETED("checks.completed", GeneralDetails.class, ChecksCompleted.class, ChecksCompleted::new),
    S47_STARTED("s47.started", GeneralDetails.class, S47EnquiryStarted.class, S47EnquiryStarted::new),
    S47_CONCLUDED("s47.concluded", GeneralDetails.class, S47EnquiryConcluded.class, S47EnquiryConcluded::new),
    STRATEGY_DISCUSSION("strategy.discussion", MeetingDetails.class, StrategyDiscussionHeld.class, StrategyDiscussionHeld::new),
    STRATEGY_MEETING("strategy.meeting", MeetingDetails.class, StrategyMeetingHeld.class, StrategyMeetingHeld::new),
    CONFERENCE_INITIAL("conference.initial", MeetingDetails.class, InitialConferenceHeld.class, InitialConferenceHeld::new),
    CONFERENCE_REVIEW("conference.review", MeetingDetails.class, ReviewConferenceHeld.class, ReviewConferenceHeld::new),
    MEETING_CIN_REVIEW("meeting.cin_review", MeetingDetails.class, CinReviewMeetingHeld.class, CinReviewMeetingHeld::new),
    MEETING_CORE_GROUP("meeting.core_group", MeetingDetails.class, CoreGroupMeetingHeld.class, CoreGroupMeetingHeld::new),
    MEETING_PROFESSIONALS("meeting.professionals", MeetingDetails.class, ProfessionalsMeetingHeld.class, ProfessionalsMeetingHeld::new),
    MEETING_DISCHARGE_PLANNING("meeting.discharge_planning", MeetingDetails.class, DischargePlanningMeetingHeld.class, DischargePlanningMeetingHeld::new),
    MEETING_MDT("meeting.mdt", MeetingDetails.class, MultiDisciplinaryMeetingHeld.class, MultiDisciplinaryMeetingHeld::new),
    MEETING_WITH_FAMILY("meeting.with_family", GeneralDetails.class, FamilyMeetingHeld.class, FamilyMeetingHeld::new),
    CP_PLAN_STARTED("cp_plan.started", GeneralDetails.class, ChildProtectionPlanStarted.class, ChildProtectionPlanStarted::new),
    CP_PLAN_ENDED("cp_plan.ended", GeneralDetails.class, ChildProtectionPlanEnded.class, ChildProtectionPlanEnded::new),
    CIN_PLAN_STARTED("cin_plan.started", GeneralDetails.class, ChildInNeedPlanStarted.class, ChildInNeedPlanStarted::new),
    CIN_PLAN_ENDED("cin_plan.ended", GeneralDetails.class, ChildInNeedPlanEnded.class, ChildInNeedPlanEnded::new),
    WRITTEN_AGREEMENT_MADE("written_agreement.made", GeneralDetails.class, WrittenAgreementMade.class, WrittenAgreementMade::new),
    ESCALATION_RAISED("escalation.raised", GeneralDetails.class, EscalationRaised.class, EscalationRaised::new),
    ESCALATION_RESPONDED("escalation.responded", GeneralDetails.class, EscalationResponded.class, EscalationResponded::new),
    LAC_REVIEW("lac.review", GeneralDetails.class, LookedAfterReviewHeld.class, LookedAfterReviewHeld::new),
    CHILD_ACCOMMODATED("child.accommodated", GeneralDetails.class, ChildAccommodated.class, ChildAccommodated::new),
    PLACEMENT_STARTED("placement.started", GeneralDetails.class, PlacementStarted.class, PlacementStarted::new),
    LEGAL_PLANNING_MEETING("legal.planning_meeting", GeneralDetails.class, LegalPlanningMeetingHeld.class, LegalPlanningMeetingHeld::new),
    LEGAL_PLO_STARTED("legal.plo_started", GeneralDetails.class, PublicLawOutlineStarted.class, PublicLawOutlineStarted::new),
    COURT_APPLICATION("court.application", GeneralDetails.class, CourtApplicationMade.class, CourtApplicationMade::new),
    COURT_HEARING("court.hearing", GeneralDetails.class, CourtHearingHeld.class, CourtHearingHeld::new),
    COURT_ORDER("court.order", GeneralDetails.class, CourtOrderMade.class, CourtOrderMade::new),
    YOUTH_JUSTICE_ORDER("youth_justice.order", GeneralDetails.class, YouthJusticeOrderMade.class, YouthJusticeOrderMade::new),
    WORKER_ALLOCATED("worker.allocated", GeneralDetails.class, WorkerAllocated.class, WorkerAllocated::new),
    WORKER_LEFT("worker.left", GeneralDetails.class, WorkerLeft.class, WorkerLeft::new),
    VISIT_HOME("visit.home", ContactDetails.class, HomeVisitMade.class, HomeVisitMade::new),
    CONTACT_IN_PERSON("contact.in_person", ContactDetails.class, InPersonContactMade.class, InPersonContactMade::new),
    CONTACT_REMOTE("contact.remote", ContactDetails.class, RemoteContactMade.class, RemoteContactMade::new),
    APPOINTMENT_ATTENDED("appointment.attended", ContactDetails.class, AppointmentAttended.class, AppointmentAttended::new),
    APPOINTMENT_MISSED("appointment.missed", MissedAppointmentDetails.class, AppointmentMissed.class, AppointmentMissed::new),
    SERVICE_OFFERED("service.offered", GeneralDetails.class, ServiceOffered.class, ServiceOffered::new),
    SERVICE_DECLINED("service.declined", GeneralDetails.class, ServiceDeclined.class, ServiceDeclined::new),
    SERVICE_STARTED("service.started", GeneralDetails.class, ServiceStarted.class, ServiceStarted::new),
    SERVICE_WITHDRAWN("service.withdrawn", GeneralDetails.class, ServiceWithdrawn.class, ServiceWithdrawn::new),
    HEALTH_PREGNANCY_CONFIRMED("health.pregnancy_confirmed", GeneralDetails.class, PregnancyConfirmed.class, PregnancyConfirmed::new),
    HEALTH_BIRTH("health.birth", GeneralDetails.class, ChildBorn.class, ChildBorn::new),
    HOSPITAL_ADMISSION("hospital.admission", GeneralDetails.class, HospitalAdmission.class, HospitalAdmission::new),
    HOSPITAL_ED_ATTENDANCE("hospital.ed_attendance", InjuryDetails.class, EmergencyDepartmentAttendance.class, EmergencyDepartmentAttendance::new),
    HOSPITAL_DISCHARGE("hospital.discharge", DischargeDetails.class, HospitalDischarge.class, HospitalDischarge::new),
    HOSPITAL_TRANSFER("hospital.transfer", GeneralDetails.class, HospitalTransfer.class, HospitalTransfer::new),
    HEALTH_HANDOVER("health.handover", HandoverDetails.class, HealthHandover.class, HealthHandover::new),
    MEDICAL_CP_MEDICAL("medical.cp_medical", GeneralDetails.class, ChildProtectionMedicalHeld.class, ChildProtectionMedicalHeld::new),
    MEDICAL_IMAGING("medical.imaging", GeneralDetails.class, ImagingPerformed.class, ImagingPerformed::new),
    INJURY_OBSERVED("injury.observed", InjuryDetails.class, InjuryObserved.class, InjuryObserved::new),
    INJURY_DIAGNOSED("injury.diagnosed", InjuryDetails.class, InjuryDiagnosed.class, InjuryDiagnosed::new),
    POLICE_INCIDENT("police.incident", GeneralDetails.class, PoliceIncidentRecorded.class, PoliceIncidentRecorded::new),
    POLICE_NOTIFIED("police.notified", GeneralDetails.class, PoliceNotified.class, PoliceNotified::new),
    POLICE_ARREST("police.arrest", GeneralDetails.class, ArrestMade.class, ArrestMade::new),
    POLICE_NFA_DECISION("police.nfa_decision", GeneralDetails.class, PoliceNoFurtherActionDecided.class, PoliceNoFurtherActionDecided::new),
    POLICE_PROTECTION("police.protection", GeneralDetails.class, PoliceProtectionUsed.class, PoliceProtectionUsed::new),
    CONCERN_RECORDED("concern.recorded", ConcernDetails.class, ConcernRecorded.class, ConcernRecorded::new),
    INFO_SHARED("info.shared", InformationDetails.class, InformationShared.class, InformationShared::new),
    INFO_REQUESTED("info.requested", InformationDetails.class, InformationRequested.class, InformationRequested::new),
    RECORD_ENTERED("record.entered", GeneralDetails.class, RecordEntered.class, RecordEntered::new),
    FAMILY_INFORMED("family.informed", GeneralDetails.class, FamilyInformed.class, FamilyInformed::new),
    HOUSEHOLD_CHANGE("household.change", GeneralDetails.class, HouseholdChanged.class, HouseholdChanged::new),
    SERIOUS_INCIDENT_NOTIFIED("serious_incident.notified", GeneralDetails.class, SeriousIncidentNotified.class, SeriousIncidentNotified::new),
    REVIEW_RAPID_REVIEW("review.rapid_review", GeneralDetails.class, RapidReviewHeld.class, RapidReviewHeld::new),
    REVIEW_COMMISSIONED("review.commissioned", GeneralDetails.class, ReviewCommissioned.class, ReviewCommissioned::new);

    private static final Map<String, EventType> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::code, Function.identity()));
    private static final Map<Class<?>, EventType> BY_RECORD = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(t -> t.recordType, Function.identity()));

    private final String code;
    private final Class<? extends EntryDetails> detailsType;
    private final Class<? extends EntryRecorded> recordType;
    private final BiFunction<EntryHeader, EntryDetails, EntryRecorded> factory;

    @SuppressWarnings("unchecked")
    <D extends EntryDetails, R extends EntryRecorded> EventType(String code, Class<D> detailsType, Class<R> recordType,
                                                              BiFunction<EntryHeader, D, R> factory) {
        this.code = code;
        this.detailsType = detailsType;
        this.recordType = recordType;
        this.factory = (BiFunction<EntryHeader, EntryDetails, EntryRecorded>) (BiFunction<?, ?, ?>) factory;
    }

    public String code() {
        return code;
    }

    public Class<? extends EntryDetails> detailsType() {
        return detailsType;
    }

    /** Builds the typed event; {@code details} must be of {@link #detailsType()}. */
    public EntryRecorded record(EntryHeader entry, EntryDetails details) {
        return factory.apply(entry, detailsType.cast(details));
    }

    public static Optional<EventType> of(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    public static EventType of(Class<? extends EntryRecorded> recordType) {
        return BY_RECORD.get(recordType);
    }
}
