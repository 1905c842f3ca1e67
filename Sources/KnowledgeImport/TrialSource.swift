/// The `source.txt` of a trial's pack: the record as blocks of labelled lines (`Overall status:
/// Completed`), which the loader cites by label, and the summary, description and eligibility
/// criteria as paragraphs under headings. Each arm group, intervention and outcome is a block of
/// its own that its first line names; a quote of a later line starts at that first line
/// (`quote(_:through:)`), so it is found in that block and nowhere else.
struct TrialSource {
    let record: TrialRecord
    /// The whole file.
    private(set) var text: String
    /// Where the eligibility criteria begin in `text` (a UTF-8 offset): the sentences before are the summary's and description's.
    private(set) var criteriaStart: Int

    init(record: TrialRecord) {
        self.record = record
        // `rendered` reads the record through `self`, so the stored properties need values first.
        (text, criteriaStart) = ("", 0)
        (text, criteriaStart) = rendered
    }

    var nctLine: String { "NCT number: " + record.nctID }
    var briefTitleLine: String? { record.briefTitle.map { "Brief title: " + $0 } }
    var officialTitleLine: String? { record.officialTitle.map { "Official title: " + $0 } }
    var acronymLine: String? { record.acronym.map { "Acronym: " + $0 } }
    var statusLine: String? { record.overallStatus.map { "Overall status: " + TrialVocabulary.words($0, TrialVocabulary.statuses) } }
    var whyStoppedLine: String? { record.whyStopped.map { "Why stopped: " + $0 } }
    var startLine: String? { Self.dateLine("Start date", record.startDate) }
    var primaryCompletionLine: String? { Self.dateLine("Primary completion date", record.primaryCompletionDate) }
    var completionLine: String? { Self.dateLine("Completion date", record.completionDate) }
    var firstSubmittedLine: String? { record.firstSubmitted.map { "First submitted: " + $0 } }
    var leadSponsorLine: String? { record.leadSponsor.map { "Lead sponsor: " + Self.words($0) } }
    var phaseLine: String? { record.phases.isEmpty ? nil : "Phase: " + record.phases.map { TrialVocabulary.words($0, TrialVocabulary.phases) }.joined(separator: "/") }
    var allocationLine: String? { record.allocation.map { "Allocation: " + TrialVocabulary.words($0, TrialVocabulary.allocations) } }
    var modelLine: String? { record.interventionModel.map { "Intervention model: " + TrialVocabulary.words($0, TrialVocabulary.models) } }
    var modelDescriptionLine: String? { record.interventionModelDescription.map { "Intervention model description: " + $0 } }
    var timePerspectiveLine: String? { record.timePerspective.map { "Time perspective: " + TrialVocabulary.words($0, TrialVocabulary.timePerspectives) } }
    /// The masked parties as the masking line lists them (`Participant, Outcomes Assessor`).
    var maskedParties: String? { record.whoMasked.isEmpty ? nil : record.whoMasked.map { TrialVocabulary.words($0, TrialVocabulary.maskedParties) }.joined(separator: ", ") }
    var maskingLine: String? {
        record.masking.map { "Masking: " + TrialVocabulary.words($0, TrialVocabulary.maskings) + (maskedParties.map { " (\($0))" } ?? "") }
    }
    var enrollmentLine: String? {
        record.enrollment.map { "Enrollment: " + $0 + (record.enrollmentType.map { " (\(TrialVocabulary.words($0, TrialVocabulary.actuality)))" } ?? "") }
    }
    /// The sites on one line, separated by semicolons.
    var locations: String? { record.locations.isEmpty ? nil : record.locations.joined(separator: "; ") }
    var locationsLine: String? { locations.map { "Locations: " + $0 } }

    func collaboratorLine(_ organization: TrialRecord.Organization) -> String { "Collaborator: " + Self.words(organization) }
    func conditionLine(_ condition: String) -> String { "Condition: " + condition }
    func conditionMeshLine(_ mesh: TrialRecord.MeshTerm) -> String { "Condition MeSH term: \(mesh.term) (\(mesh.id))" }
    func otherNamesLine(_ intervention: TrialRecord.Intervention) -> String? {
        intervention.otherNames.isEmpty ? nil : "Other names: " + intervention.otherNames.joined(separator: "; ")
    }

    /// `Drug: Zorvamab`: how arm groups name the intervention.
    static func label(_ intervention: TrialRecord.Intervention) -> String {
        (intervention.type.map { TrialVocabulary.words($0, TrialVocabulary.interventionTypes) + ": " } ?? "") + intervention.name
    }

    /// The arm group's block: its label, type, each intervention it lists, and its description on one line.
    func armBlock(_ arm: TrialRecord.Arm) -> [String] {
        ["Arm group: " + arm.label] + [arm.type.map { "Arm type: " + TrialVocabulary.words($0, TrialVocabulary.armTypes) }].compactMap { $0 }
            + arm.interventionNames.map { "Arm intervention: " + $0 } + [arm.description.map { "Arm description: " + RecordReader.folded($0) }].compactMap { $0 }
    }

    /// The intervention's block: its type and name, the arm groups it lists, other names and description.
    func interventionBlock(_ intervention: TrialRecord.Intervention) -> [String] {
        ["Intervention: " + Self.label(intervention)] + intervention.armGroupLabels.map { "Intervention arm group: " + $0 }
            + [otherNamesLine(intervention), intervention.description.map { "Intervention description: " + RecordReader.folded($0) }].compactMap { $0 }
    }

    /// The outcome's block: its role and measure, time frame and description.
    func outcomeBlock(_ outcome: TrialRecord.Outcome) -> [String] {
        ["\(outcome.role.rawValue.prefix(1).uppercased())\(outcome.role.rawValue.dropFirst()) outcome: \(outcome.measure)",
         outcome.timeFrame.map { "Time frame: " + $0 }, outcome.description.map { "Outcome description: " + RecordReader.folded($0) }].compactMap { $0 }
    }

    /// The quote of line `index` of `block`: the lines from the block's first through it, which the
    /// loader finds there, its white space folded, and nowhere else.
    static func quote(_ block: [String], through index: Int) -> String {
        block[...index].joined(separator: " ")
    }

    private var rendered: (text: String, criteriaStart: Int) {
        let conditions = record.conditions.map(conditionLine) + record.keywords.map { "Keyword: " + $0 }
            + record.conditionMeshes.map(conditionMeshLine) + record.interventionMeshes.map { "Intervention MeSH term: \($0.term) (\($0.id))" }
        var blocks: [[String?]] = [
            [nctLine, briefTitleLine, officialTitleLine, acronymLine, record.organizationStudyID.map { "Organization study ID: " + $0 }],
            [statusLine, whyStoppedLine, record.statusVerified.map { "Status verified: " + $0 }, startLine, primaryCompletionLine, completionLine,
             firstSubmittedLine, record.lastUpdatePosted.map { "Last update posted: " + $0 }, record.hasResults.map { "Has results: " + ($0 ? "Yes" : "No") }],
            [leadSponsorLine] + record.collaborators.map(collaboratorLine),
            [record.studyType.map { "Study type: " + TrialVocabulary.words($0, TrialVocabulary.studyTypes) }, phaseLine, allocationLine, modelLine, modelDescriptionLine,
             record.primaryPurpose.map { "Primary purpose: " + TrialVocabulary.words($0, TrialVocabulary.purposes) }, timePerspectiveLine, maskingLine,
             record.maskingDescription.map { "Masking description: " + $0 }, enrollmentLine],
            conditions,
            [locationsLine],
        ]
        blocks += Self.section("Brief summary", Self.paragraphs(record.briefSummary))
        blocks += Self.section("Detailed description", Self.paragraphs(record.detailedDescription))
        blocks += Self.section("Arm groups", record.arms.map(armBlock))
        blocks += Self.section("Interventions", record.interventions.map(interventionBlock))
        blocks += Self.section("Outcome measures", record.outcomes.map(outcomeBlock))
        let fields = [record.sex.map { "Sex: " + TrialVocabulary.words($0, TrialVocabulary.sexes) }, record.minimumAge.map { "Minimum age: " + $0 },
                      record.maximumAge.map { "Maximum age: " + $0 }, record.healthyVolunteers.map { "Healthy volunteers: " + ($0 ? "Yes" : "No") }]
        let eligibility = Self.section("Eligibility", [fields] + Self.paragraphs(record.eligibilityCriteria))
        return (Self.joined(blocks + eligibility) + "\n", Self.joined(blocks + eligibility.prefix(2)).utf8.count)
    }

    /// `key: 2021-03-15 (actual)`.
    private static func dateLine(_ key: String, _ date: TrialRecord.StatedDate?) -> String? {
        date.map { "\(key): \($0.date)" + ($0.type.map { " (\(TrialVocabulary.words($0, TrialVocabulary.actuality)))" } ?? "") }
    }

    /// `Kestrel Therapeutics (Industry)`.
    private static func words(_ organization: TrialRecord.Organization) -> String {
        organization.name + (organization.kind.map { " (\(TrialVocabulary.words($0, TrialVocabulary.sponsorClasses)))" } ?? "")
    }

    /// A heading and its blocks, or nothing when no block has a line.
    private static func section(_ heading: String, _ blocks: [[String?]]) -> [[String?]] {
        blocks.joined().contains { $0 != nil } ? [[heading]] + blocks : []
    }

    /// The paragraphs of a text, separated by blank lines, each as its lines.
    private static func paragraphs(_ text: String?) -> [[String?]] {
        guard let text else { return [] }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .split { $0.allSatisfy(\.isWhitespace) }
            .map { $0.map { String($0) as String? } }
    }

    private static func joined(_ blocks: [[String?]]) -> String {
        blocks.map { $0.compactMap { $0 } }.filter { !$0.isEmpty }.map { $0.joined(separator: "\n") }.joined(separator: "\n\n")
    }
}
