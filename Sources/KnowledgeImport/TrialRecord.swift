import KnowledgeGraph

/// One study as a ClinicalTrials.gov record (API version 2) states it. Enumerated fields keep
/// ClinicalTrials.gov's own values (`COMPLETED`, `PHASE3`); what the record leaves out is nil or
/// empty, never guessed.
public struct TrialRecord: Equatable, Sendable {
    /// A date as the record gives it (`2021-03-15` or `2021-03`) and whether it is `ACTUAL` or `ESTIMATED`.
    public struct StatedDate: Equatable, Sendable {
        public var date: String
        public var type: String?
    }

    /// An organisation as the record names it, with its class (`INDUSTRY`, `OTHER`, `INDIV`…).
    public struct Organization: Equatable, Sendable {
        public var name: String
        public var kind: String?
    }

    /// An arm group: its label (unique in the record), type (`EXPERIMENTAL`…), description, and
    /// the interventions it lists as `Type: name` (`Drug: Zorvamab`).
    public struct Arm: Equatable, Sendable {
        public var label: String
        public var type: String?
        public var description: String?
        public var interventionNames: [String] = []
    }

    /// An intervention: its type (`DRUG`…), name, description and the arm groups that receive it.
    public struct Intervention: Equatable, Sendable {
        public var type: String?
        public var name: String
        public var description: String?
        public var armGroupLabels: [String] = []
        public var otherNames: [String] = []
    }

    /// An outcome measure; `role` is primary, secondary or other, as the list it comes from.
    public struct Outcome: Equatable, Sendable {
        public enum Role: String, Sendable, CaseIterable { case primary, secondary, other }
        public var role: Role
        public var measure: String
        public var description: String?
        public var timeFrame: String?
    }

    /// A MeSH term ClinicalTrials.gov derived for the conditions or the interventions.
    public struct MeshTerm: Equatable, Sendable {
        public var id: String
        public var term: String
    }

    public var nctID: String
    public var organizationStudyID: String?
    public var briefTitle: String?
    public var officialTitle: String?
    public var acronym: String?
    public var overallStatus: String?
    public var whyStopped: String?
    /// When the status was last verified (`2024-02`): the date the record speaks for.
    public var statusVerified: String?
    public var startDate: StatedDate?
    public var primaryCompletionDate: StatedDate?
    public var completionDate: StatedDate?
    /// When the study was first submitted to ClinicalTrials.gov (its registration).
    public var firstSubmitted: String?
    public var lastUpdatePosted: String?
    public var leadSponsor: Organization?
    public var collaborators: [Organization] = []
    public var briefSummary: String?
    public var detailedDescription: String?
    public var conditions: [String] = []
    public var keywords: [String] = []
    /// `INTERVENTIONAL`, `OBSERVATIONAL` or `EXPANDED_ACCESS`.
    public var studyType: String?
    public var phases: [String] = []
    public var allocation: String?
    public var interventionModel: String?
    public var interventionModelDescription: String?
    public var primaryPurpose: String?
    public var masking: String?
    public var maskingDescription: String?
    public var whoMasked: [String] = []
    /// An observational study's time perspective (`PROSPECTIVE`, `RETROSPECTIVE`…).
    public var timePerspective: String?
    /// The enrollment as written in the record (a whole number) and whether it is `ACTUAL` or `ESTIMATED`.
    public var enrollment: String?
    public var enrollmentType: String?
    public var arms: [Arm] = []
    public var interventions: [Intervention] = []
    public var outcomes: [Outcome] = []
    public var eligibilityCriteria: String?
    public var sex: String?
    public var minimumAge: String?
    public var maximumAge: String?
    public var healthyVolunteers: Bool?
    /// The sites, each as its facility, city, state and country joined by commas.
    public var locations: [String] = []
    public var conditionMeshes: [MeshTerm] = []
    public var interventionMeshes: [MeshTerm] = []
    public var hasResults: Bool?
    /// What the reader left out of the record and why (an arm without a label), for the import summary.
    public var notes: [String] = []
    /// Where the study begins in its file, for messages.
    public var location: SourceLocation

    public init(nctID: String, location: SourceLocation) {
        self.nctID = nctID
        self.location = location
    }
}
