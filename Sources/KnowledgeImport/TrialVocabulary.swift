/// ClinicalTrials.gov's enumerated values (API version 2): the words `source.txt` writes for each,
/// as the study pages show them, and the schema's value for it where the schema has one. A value
/// not listed here is written as the record gives it and has no schema value.
enum TrialVocabulary {
    /// How one enumerated value is written, and the schema's value for it (nil when the schema has none).
    struct Term {
        let words: String
        let value: String?
    }

    static let statuses: [String: Term] = [
        "NOT_YET_RECRUITING": .init(words: "Not yet recruiting", value: "not-yet-recruiting"),
        "RECRUITING": .init(words: "Recruiting", value: "recruiting"),
        "ENROLLING_BY_INVITATION": .init(words: "Enrolling by invitation", value: "enrolling-by-invitation"),
        "ACTIVE_NOT_RECRUITING": .init(words: "Active, not recruiting", value: "active-not-recruiting"),
        "SUSPENDED": .init(words: "Suspended", value: "suspended"),
        "TERMINATED": .init(words: "Terminated", value: "terminated"),
        "WITHDRAWN": .init(words: "Withdrawn", value: "withdrawn"),
        "COMPLETED": .init(words: "Completed", value: "completed"),
        "UNKNOWN": .init(words: "Unknown status", value: "unknown"),
        // Expanded access records: the schema's trial statuses have no place for them.
        "AVAILABLE": .init(words: "Available", value: nil),
        "NO_LONGER_AVAILABLE": .init(words: "No longer available", value: nil),
        "TEMPORARILY_NOT_AVAILABLE": .init(words: "Temporarily not available", value: nil),
        "APPROVED_FOR_MARKETING": .init(words: "Approved for marketing", value: nil),
        "WITHHELD": .init(words: "Withheld", value: nil),
    ]

    static let phases: [String: String] = [
        "EARLY_PHASE1": "Early Phase 1", "PHASE1": "Phase 1", "PHASE2": "Phase 2", "PHASE3": "Phase 3", "PHASE4": "Phase 4", "NA": "Not Applicable",
    ]

    /// The schema's phase for the record's list of phases (two for a combined phase).
    static let phaseValues: [[String]: String] = [
        ["EARLY_PHASE1"]: "early-phase-1", ["PHASE1"]: "phase-1", ["PHASE1", "PHASE2"]: "phase-1-2", ["PHASE2"]: "phase-2",
        ["PHASE2", "PHASE3"]: "phase-2-3", ["PHASE3"]: "phase-3", ["PHASE4"]: "phase-4", ["NA"]: "not-applicable",
    ]

    static let allocations: [String: Term] = [
        "RANDOMIZED": .init(words: "Randomized", value: "randomized"),
        "NON_RANDOMIZED": .init(words: "Non-Randomized", value: "non-randomized"),
        // ClinicalTrials.gov's N/A (a single-arm study) does not say how patients were allocated.
        "NA": .init(words: "N/A", value: nil),
    ]

    static let models: [String: Term] = [
        "SINGLE_GROUP": .init(words: "Single Group Assignment", value: "single-group"),
        "PARALLEL": .init(words: "Parallel Assignment", value: "parallel"),
        "CROSSOVER": .init(words: "Crossover Assignment", value: "crossover"),
        "FACTORIAL": .init(words: "Factorial Assignment", value: "factorial"),
        "SEQUENTIAL": .init(words: "Sequential Assignment", value: "sequential"),
    ]

    static let purposes: [String: String] = [
        "TREATMENT": "Treatment", "PREVENTION": "Prevention", "DIAGNOSTIC": "Diagnostic", "ECT": "Educational/Counseling/Training",
        "SUPPORTIVE_CARE": "Supportive Care", "SCREENING": "Screening", "HEALTH_SERVICES_RESEARCH": "Health Services Research",
        "BASIC_SCIENCE": "Basic Science", "DEVICE_FEASIBILITY": "Device Feasibility", "OTHER": "Other",
    ]

    static let maskings: [String: Term] = [
        "NONE": .init(words: "None (Open Label)", value: "none"),
        "SINGLE": .init(words: "Single", value: "single"),
        "DOUBLE": .init(words: "Double", value: "double"),
        "TRIPLE": .init(words: "Triple", value: "triple"),
        "QUADRUPLE": .init(words: "Quadruple", value: "quadruple"),
    ]

    static let maskedParties: [String: String] = [
        "PARTICIPANT": "Participant", "CARE_PROVIDER": "Care Provider", "INVESTIGATOR": "Investigator", "OUTCOMES_ASSESSOR": "Outcomes Assessor",
    ]

    /// Whether an enrollment or a date is the actual one or an estimate.
    static let actuality: [String: Term] = [
        "ACTUAL": .init(words: "actual", value: "actual"),
        "ESTIMATED": .init(words: "estimated", value: "estimated"),
    ]

    static let studyTypes: [String: String] = [
        "INTERVENTIONAL": "Interventional", "OBSERVATIONAL": "Observational", "EXPANDED_ACCESS": "Expanded Access",
    ]

    static let timePerspectives: [String: Term] = [
        "PROSPECTIVE": .init(words: "Prospective", value: "prospective"),
        "RETROSPECTIVE": .init(words: "Retrospective", value: "retrospective"),
        "CROSS_SECTIONAL": .init(words: "Cross-Sectional", value: nil),
        "OTHER": .init(words: "Other", value: nil),
    ]

    static let armTypes: [String: Term] = [
        "EXPERIMENTAL": .init(words: "Experimental", value: "experimental"),
        "ACTIVE_COMPARATOR": .init(words: "Active Comparator", value: "active-comparator"),
        "PLACEBO_COMPARATOR": .init(words: "Placebo Comparator", value: "placebo-comparator"),
        "SHAM_COMPARATOR": .init(words: "Sham Comparator", value: "sham-comparator"),
        "NO_INTERVENTION": .init(words: "No Intervention", value: "no-intervention"),
        "OTHER": .init(words: "Other", value: "other"),
    ]

    /// Intervention types, as arm groups name interventions (`Drug: Zorvamab`); the value is the
    /// schema kind: a medicine is a `drug`, anything else an arm receives a `treatment`.
    static let interventionTypes: [String: Term] = [
        "DRUG": .init(words: "Drug", value: "drug"),
        "BIOLOGICAL": .init(words: "Biological", value: "drug"),
        "BEHAVIORAL": .init(words: "Behavioral", value: "treatment"),
        "COMBINATION_PRODUCT": .init(words: "Combination Product", value: "treatment"),
        "DEVICE": .init(words: "Device", value: "treatment"),
        "DIAGNOSTIC_TEST": .init(words: "Diagnostic Test", value: "treatment"),
        "DIETARY_SUPPLEMENT": .init(words: "Dietary Supplement", value: "treatment"),
        "GENETIC": .init(words: "Genetic", value: "treatment"),
        "PROCEDURE": .init(words: "Procedure", value: "treatment"),
        "RADIATION": .init(words: "Radiation", value: "treatment"),
        "OTHER": .init(words: "Other", value: "treatment"),
    ]

    static let sexes: [String: String] = ["ALL": "All", "FEMALE": "Female", "MALE": "Male"]

    static let sponsorClasses: [String: String] = [
        "NIH": "NIH", "FED": "U.S. Fed", "OTHER_GOV": "Other Government", "INDIV": "Individual", "INDUSTRY": "Industry",
        "NETWORK": "Network", "AMBIG": "Ambiguous", "OTHER": "Other", "UNKNOWN": "Unknown",
    ]

    /// The words for `raw` in `table`, or `raw` itself when the table does not list it.
    static func words(_ raw: String, _ table: [String: Term]) -> String { table[raw]?.words ?? raw }

    static func words(_ raw: String, _ table: [String: String]) -> String { table[raw] ?? raw }
}
