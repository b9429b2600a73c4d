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
import org.chronology.core.api.event.details.Details;
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
import org.chronology.core.api.event.person.PersonRecorded;
import org.chronology.core.api.event.person.RelationshipRecorded;
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
 * The event catalogue of domain.md §b: every type an agency can record and the record that carries it (the
 * details each type holds are in the vocabulary). Corrections and retractions are not entries of their own and live apart.
 */
public enum EventType {
    REFERRAL_MADE("referral.made", ReferralMade.class, ReferralMade::new),
    REFERRAL_DECISION("referral.decision", ReferralDecided.class, ReferralDecided::new),
    CONFERENCE_REQUESTED("conference.requested", ConferenceRequested.class, ConferenceRequested::new),
    CASE_OPENED("case.opened", CaseOpened.class, CaseOpened::new),
    CASE_REOPENED("case.reopened", CaseReopened.class, CaseReopened::new),
    CASE_CLOSED("case.closed", CaseClosed.class, CaseClosed::new),
    CASE_TRANSFERRED("case.transferred", CaseTransferred.class, CaseTransferred::new),
    ASSESSMENT_STARTED("assessment.started", AssessmentStarted.class, AssessmentStarted::new),
    ASSESSMENT_COMPLETED("assessment.completed", AssessmentCompleted.class, AssessmentCompleted::new),
    CHECKS_COMPLETED("checks.completed", ChecksCompleted.class, ChecksCompleted::new),
    S47_STARTED("s47.started", S47EnquiryStarted.class, S47EnquiryStarted::new),
    S47_CONCLUDED("s47.concluded", S47EnquiryConcluded.class, S47EnquiryConcluded::new),
    STRATEGY_DISCUSSION("strategy.discussion", StrategyDiscussionHeld.class, StrategyDiscussionHeld::new),
    STRATEGY_MEETING("strategy.meeting", StrategyMeetingHeld.class, StrategyMeetingHeld::new),
    CONFERENCE_INITIAL("conference.initial", InitialConferenceHeld.class, InitialConferenceHeld::new),
    CONFERENCE_REVIEW("conference.review", ReviewConferenceHeld.class, ReviewConferenceHeld::new),
    MEETING_CIN_REVIEW("meeting.cin_review", CinReviewMeetingHeld.class, CinReviewMeetingHeld::new),
    MEETING_CORE_GROUP("meeting.core_group", CoreGroupMeetingHeld.class, CoreGroupMeetingHeld::new),
    MEETING_PROFESSIONALS("meeting.professionals", ProfessionalsMeetingHeld.class, ProfessionalsMeetingHeld::new),
    MEETING_DISCHARGE_PLANNING("meeting.discharge_planning", DischargePlanningMeetingHeld.class, DischargePlanningMeetingHeld::new),
    MEETING_MDT("meeting.mdt", MultiDisciplinaryMeetingHeld.class, MultiDisciplinaryMeetingHeld::new),
    MEETING_WITH_FAMILY("meeting.with_family", FamilyMeetingHeld.class, FamilyMeetingHeld::new),
    CP_PLAN_STARTED("cp_plan.started", ChildProtectionPlanStarted.class, ChildProtectionPlanStarted::new),
    CP_PLAN_ENDED("cp_plan.ended", ChildProtectionPlanEnded.class, ChildProtectionPlanEnded::new),
    CIN_PLAN_STARTED("cin_plan.started", ChildInNeedPlanStarted.class, ChildInNeedPlanStarted::new),
    CIN_PLAN_ENDED("cin_plan.ended", ChildInNeedPlanEnded.class, ChildInNeedPlanEnded::new),
    WRITTEN_AGREEMENT_MADE("written_agreement.made", WrittenAgreementMade.class, WrittenAgreementMade::new),
    ESCALATION_RAISED("escalation.raised", EscalationRaised.class, EscalationRaised::new),
    ESCALATION_RESPONDED("escalation.responded", EscalationResponded.class, EscalationResponded::new),
    LAC_REVIEW("lac.review", LookedAfterReviewHeld.class, LookedAfterReviewHeld::new),
    CHILD_ACCOMMODATED("child.accommodated", ChildAccommodated.class, ChildAccommodated::new),
    PLACEMENT_STARTED("placement.started", PlacementStarted.class, PlacementStarted::new),
    LEGAL_PLANNING_MEETING("legal.planning_meeting", LegalPlanningMeetingHeld.class, LegalPlanningMeetingHeld::new),
    LEGAL_PLO_STARTED("legal.plo_started", PublicLawOutlineStarted.class, PublicLawOutlineStarted::new),
    COURT_APPLICATION("court.application", CourtApplicationMade.class, CourtApplicationMade::new),
    COURT_HEARING("court.hearing", CourtHearingHeld.class, CourtHearingHeld::new),
    COURT_ORDER("court.order", CourtOrderMade.class, CourtOrderMade::new),
    YOUTH_JUSTICE_ORDER("youth_justice.order", YouthJusticeOrderMade.class, YouthJusticeOrderMade::new),
    WORKER_ALLOCATED("worker.allocated", WorkerAllocated.class, WorkerAllocated::new),
    WORKER_LEFT("worker.left", WorkerLeft.class, WorkerLeft::new),
    VISIT_HOME("visit.home", HomeVisitMade.class, HomeVisitMade::new),
    CONTACT_IN_PERSON("contact.in_person", InPersonContactMade.class, InPersonContactMade::new),
    CONTACT_REMOTE("contact.remote", RemoteContactMade.class, RemoteContactMade::new),
    APPOINTMENT_ATTENDED("appointment.attended", AppointmentAttended.class, AppointmentAttended::new),
    APPOINTMENT_MISSED("appointment.missed", AppointmentMissed.class, AppointmentMissed::new),
    SERVICE_OFFERED("service.offered", ServiceOffered.class, ServiceOffered::new),
    SERVICE_DECLINED("service.declined", ServiceDeclined.class, ServiceDeclined::new),
    SERVICE_STARTED("service.started", ServiceStarted.class, ServiceStarted::new),
    SERVICE_WITHDRAWN("service.withdrawn", ServiceWithdrawn.class, ServiceWithdrawn::new),
    HEALTH_PREGNANCY_CONFIRMED("health.pregnancy_confirmed", PregnancyConfirmed.class, PregnancyConfirmed::new),
    HEALTH_BIRTH("health.birth", ChildBorn.class, ChildBorn::new),
    HOSPITAL_ADMISSION("hospital.admission", HospitalAdmission.class, HospitalAdmission::new),
    HOSPITAL_ED_ATTENDANCE("hospital.ed_attendance", EmergencyDepartmentAttendance.class, EmergencyDepartmentAttendance::new),
    HOSPITAL_DISCHARGE("hospital.discharge", HospitalDischarge.class, HospitalDischarge::new),
    HOSPITAL_TRANSFER("hospital.transfer", HospitalTransfer.class, HospitalTransfer::new),
    HEALTH_HANDOVER("health.handover", HealthHandover.class, HealthHandover::new),
    MEDICAL_CP_MEDICAL("medical.cp_medical", ChildProtectionMedicalHeld.class, ChildProtectionMedicalHeld::new),
    MEDICAL_IMAGING("medical.imaging", ImagingPerformed.class, ImagingPerformed::new),
    INJURY_OBSERVED("injury.observed", InjuryObserved.class, InjuryObserved::new),
    INJURY_DIAGNOSED("injury.diagnosed", InjuryDiagnosed.class, InjuryDiagnosed::new),
    POLICE_INCIDENT("police.incident", PoliceIncidentRecorded.class, PoliceIncidentRecorded::new),
    POLICE_NOTIFIED("police.notified", PoliceNotified.class, PoliceNotified::new),
    POLICE_ARREST("police.arrest", ArrestMade.class, ArrestMade::new),
    POLICE_NFA_DECISION("police.nfa_decision", PoliceNoFurtherActionDecided.class, PoliceNoFurtherActionDecided::new),
    POLICE_PROTECTION("police.protection", PoliceProtectionUsed.class, PoliceProtectionUsed::new),
    CONCERN_RECORDED("concern.recorded", ConcernRecorded.class, ConcernRecorded::new),
    INFO_SHARED("info.shared", InformationShared.class, InformationShared::new),
    INFO_REQUESTED("info.requested", InformationRequested.class, InformationRequested::new),
    RECORD_ENTERED("record.entered", RecordEntered.class, RecordEntered::new),
    FAMILY_INFORMED("family.informed", FamilyInformed.class, FamilyInformed::new),
    HOUSEHOLD_CHANGE("household.change", HouseholdChanged.class, HouseholdChanged::new),
    PERSON_RECORDED("person.recorded", PersonRecorded.class, PersonRecorded::new),
    RELATIONSHIP_RECORDED("relationship.recorded", RelationshipRecorded.class, RelationshipRecorded::new),
    SERIOUS_INCIDENT_NOTIFIED("serious_incident.notified", SeriousIncidentNotified.class, SeriousIncidentNotified::new),
    REVIEW_RAPID_REVIEW("review.rapid_review", RapidReviewHeld.class, RapidReviewHeld::new),
    REVIEW_COMMISSIONED("review.commissioned", ReviewCommissioned.class, ReviewCommissioned::new);

    private static final Map<String, EventType> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::code, Function.identity()));
    private static final Map<Class<?>, EventType> BY_RECORD = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(t -> t.recordType, Function.identity()));

    private final String code;
    private final Class<? extends EntryRecorded> recordType;
    private final BiFunction<EntryHeader, Details, ? extends EntryRecorded> factory;

    <R extends EntryRecorded> EventType(String code, Class<R> recordType, BiFunction<EntryHeader, Details, R> factory) {
        this.code = code;
        this.recordType = recordType;
        this.factory = factory;
    }

    public String code() {
        return code;
    }

    public EntryRecorded record(EntryHeader entry, Details details) {
        return factory.apply(entry, details);
    }

    public static Optional<EventType> of(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    public static EventType of(Class<? extends EntryRecorded> recordType) {
        return BY_RECORD.get(recordType);
    }
}
