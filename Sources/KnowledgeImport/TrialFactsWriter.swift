import KnowledgeGraph

/// The `facts.yaml` of a trial's pack: the trial (its status, design, enrollment and dates), its
/// arms and what each receives, its outcomes, the conditions it studies and its sponsors, every
/// value quoted from `source.txt`. What the record states but the pack leaves out (a value the
/// schema has no word for, a MeSH term that names no condition) is in `notes`, for the summary.
///
/// The trial's id comes from its NCT number, so every record of one trial is one entity; its arms,
/// interventions and outcomes are the trial's own (`nct01234567-arm-placebo`), since one trial's
/// placebo is not another's. Conditions and organisations have ids from their names, shared with
/// other packs; a condition whose MeSH term the record gives has its MeSH xref.
struct TrialFactsWriter {
    /// An attribute statement: the attribute, its value, the quote that states it and a curator's note.
    private typealias Statement = (name: String, value: String, quote: String, note: String?)

    private let record: TrialRecord
    /// The `source.txt` the facts quote.
    let source: TrialSource
    private let trial: String
    private var lines: [String] = []
    private var relations: [String] = []
    private(set) var notes: [String]
    private var ids: Set<String>
    private var suffixes: [String: Int] = [:]

    /// The facts of `record` in the pack `packID`, whose header says it was imported from `origin`.
    init(record: TrialRecord, packID: String, origin: String) {
        self.record = record
        source = TrialSource(record: record)
        trial = record.nctID.lowercased()
        notes = record.notes
        ids = [trial]
        lines = [
            "# Imported by kx import from \(origin) (a ClinicalTrials.gov record). Every value below is quoted from",
            "# source.txt; the record's own words (its summary's sentences are listed at the end) are left to the curator.",
            "# To model a sentence, add entities (id, kind, name, quote) to entities: and relations (subject,",
            "# type, object, quote, and hedge: may or negated: true when the source says so) to relations:.",
            "# kx -c kinds and kx -c schema list the kinds and their fields; kx check DIR checks the pack.",
            "",
            "document:",
            "  id: \(packID)",
            "  source: source.txt",
        ]
        if let date = [record.statusVerified, record.lastUpdatePosted].compactMap({ $0 }).first(where: { PartialDate($0) != nil }) {
            lines.append("  date: \(date)")
        }
        lines += ["  citation: \(citation.yamlQuoted)", "", "entities:"]
        addTrial()
        addArms()
        addOutcomes()
        addConditions()
        addOrganizations()
        if record.hasResults == true { notes.append("the record has results, which kx import does not read: see resultsSection") }
    }

    /// The whole file.
    var text: String {
        var text = lines + ["", "relations:"] + relations
        let document = SourceDocument(id: trial, citation: citation, text: source.text)
        let worksheet = document.segments.filter { $0.role == .sentence && $0.start < source.criteriaStart }
            .map { "#   \($0.label). \(RecordReader.folded(document.excerpt($0.start..<$0.end)))" }
        if !worksheet.isEmpty {
            text += ["", "# Worksheet: the summary's and description's sentences, as the loader numbers them. Cite them in the facts you add."] + worksheet
        }
        return text.joined(separator: "\n") + "\n"
    }

    /// `Kestrel Therapeutics. Zorvamab versus placebo in grey fever. ClinicalTrials.gov ID NCT09999901; last update posted 2024-02-02.`
    var citation: String {
        let title = record.briefTitle ?? record.officialTitle ?? record.nctID
        return (record.leadSponsor.map { $0.name + (".?!".contains($0.name.last ?? " ") ? " " : ". ") } ?? "")
            + title + (".?!".contains(title.last ?? " ") ? " " : ". ") + "ClinicalTrials.gov ID " + record.nctID
            + (record.lastUpdatePosted.map { "; last update posted \($0)" } ?? "") + "."
    }

    // MARK: - The trial

    private mutating func addTrial() {
        var statements: [Statement] = []
        let vocabulary = TrialVocabulary.self
        if let status = record.overallStatus, let line = source.statusLine {
            if let value = enumValue(status, vocabulary.statuses, "overall status") { statements.append(("status", value, line, nil)) }
        }
        if let reason = record.whyStopped, let line = source.whyStoppedLine { statements.append(("stop-reason", reason, line, nil)) }
        if !record.phases.isEmpty, let line = source.phaseLine {
            if let value = vocabulary.phaseValues[record.phases] {
                statements.append(("phase", value, line, nil))
            } else {
                notes.append("the phases \(record.phases.joined(separator: ", ")) have no value in the schema's phase: left out")
            }
        }
        if let allocation = record.allocation, let line = source.allocationLine {
            if let value = enumValue(allocation, vocabulary.allocations, "allocation") { statements.append(("allocation", value, line, nil)) }
        }
        if let model = record.interventionModel, let line = source.modelLine {
            if let value = enumValue(model, vocabulary.models, "intervention model") { statements.append(("model", value, line, nil)) }
        }
        if let design = record.interventionModelDescription, let line = source.modelDescriptionLine { statements.append(("design", design, line, nil)) }
        if let perspective = record.timePerspective, let line = source.timePerspectiveLine {
            if let value = enumValue(perspective, vocabulary.timePerspectives, "time perspective") { statements.append(("timing", value, line, nil)) }
        }
        if let masking = record.masking, let line = source.maskingLine {
            if let value = enumValue(masking, vocabulary.maskings, "masking") { statements.append(("masking", value, line, nil)) }
            if let parties = source.maskedParties { statements.append(("blinded", parties, line, nil)) }
        }
        statements += enrollment()
        for (name, date, line, what) in [("start-date", record.startDate, source.startLine, "start date"),
                                         ("primary-completion-date", record.primaryCompletionDate, source.primaryCompletionLine, "primary completion date"),
                                         ("completion-date", record.completionDate, source.completionLine, "completion date")] {
            guard let date, let line else { continue }
            guard PartialDate(date.date) != nil else {
                notes.append("the \(what) '\(date.date)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD): left out")
                continue
            }
            statements.append((name, date.date, line, date.type == "ESTIMATED" ? "ClinicalTrials.gov gives this date as estimated, not actual." : nil))
        }
        if let submitted = record.firstSubmitted, let line = source.firstSubmittedLine {
            if PartialDate(submitted) != nil {
                statements.append(("registered", submitted, line, nil))
            } else {
                notes.append("the first submitted date '\(submitted)' is not a date: left out")
            }
        }
        if let criteria = record.eligibilityCriteria.map(RecordReader.folded) { statements.append(("eligibility", criteria, criteria, nil)) }
        if let locations = source.locations, let line = source.locationsLine { statements.append(("location", locations, line, nil)) }
        let note = record.studyType.flatMap { type in
            type == "INTERVENTIONAL" ? nil : "ClinicalTrials.gov lists this study as \(TrialVocabulary.words(type, TrialVocabulary.studyTypes).lowercased()), not as an interventional trial."
        }
        entity(trial, kind: "trial", name: record.briefTitle ?? record.officialTitle ?? record.nctID, aliases: [record.acronym, record.officialTitle].compactMap { $0 },
               quotes: [source.nctLine] + [source.briefTitleLine, source.officialTitleLine, source.acronymLine].compactMap { $0 }, xrefs: [("nct", record.nctID)],
               note: note, statements: statements)
    }

    private mutating func enrollment() -> [Statement] {
        guard let count = record.enrollment, let line = source.enrollmentLine else { return [] }
        guard count.allSatisfy(\.isASCII), let number = Int(count), number >= 0 else {
            notes.append("the enrollment '\(count)' is not a whole number: left out")
            return []
        }
        var statements: [Statement] = [("enrollment", String(number), line, nil)]
        if let type = record.enrollmentType, let value = enumValue(type, TrialVocabulary.actuality, "enrollment type") {
            statements.append(("enrollment-type", value, line, nil))
        }
        return statements
    }

    // MARK: - Arms and interventions

    private mutating func addArms() {
        var armIDs: [String] = []
        for arm in record.arms {
            let block = source.armBlock(arm)
            let id = uniqueID(trial + "-arm-" + Self.words(arm.label.slug, fallback: "\(armIDs.count + 1)"))
            armIDs.append(id)
            var statements: [Statement] = []
            if let type = arm.type, let value = enumValue(type, TrialVocabulary.armTypes, "arm type of '\(arm.label)'") {
                statements.append(("role", value, TrialSource.quote(block, through: 1), nil))
            }
            entity(id, kind: "arm", name: arm.label, quotes: [block[0]], statements: statements)
            relations.append(relation(trial, "arms", id, block[0]))
        }
        var interventionIDs: [String] = []
        var byLabel: [String: Int] = [:]
        for (index, intervention) in record.interventions.enumerated() {
            let kind = intervention.type.flatMap { TrialVocabulary.interventionTypes[$0]?.value } ?? "treatment"
            if let type = intervention.type, TrialVocabulary.interventionTypes[type] == nil {
                notes.append("the intervention type '\(type)' of '\(intervention.name)' is not one ClinicalTrials.gov defines: '\(intervention.name)' is a treatment")
            }
            let id = uniqueID(trial + "-" + Self.words(intervention.name.slug, fallback: "intervention-\(index + 1)"))
            interventionIDs.append(id)
            if byLabel[TrialSource.label(intervention)] == nil { byLabel[TrialSource.label(intervention)] = index }
            let block = source.interventionBlock(intervention)
            let otherNames = source.otherNamesLine(intervention).flatMap { line in block.firstIndex(of: line).map { TrialSource.quote(block, through: $0) } }
            entity(id, kind: kind, name: intervention.name, aliases: intervention.otherNames, quotes: [block[0]] + [otherNames].compactMap { $0 })
        }
        addReceives(armIDs: armIDs, interventionIDs: interventionIDs, byLabel: byLabel)
    }

    /// An arm receives an intervention that the arm lists, or that lists the arm; the quote is the arm's line when it has one.
    private mutating func addReceives(armIDs: [String], interventionIDs: [String], byLabel: [String: Int]) {
        var armByLabel: [String: Int] = [:]
        for (index, arm) in record.arms.enumerated() where armByLabel[arm.label] == nil { armByLabel[arm.label] = index }
        var received: Set<[Int]> = []
        for (armIndex, arm) in record.arms.enumerated() {
            let block = source.armBlock(arm)
            let first = block.firstIndex { $0.hasPrefix("Arm intervention: ") } ?? block.count
            for (offset, name) in arm.interventionNames.enumerated() {
                guard let intervention = byLabel[name] else {
                    notes.append("the arm group '\(arm.label)' lists '\(name)', which names no intervention of the record: no receives relation")
                    continue
                }
                guard received.insert([armIndex, intervention]).inserted else { continue }
                relations.append(relation(armIDs[armIndex], "receives", interventionIDs[intervention], TrialSource.quote(block, through: first + offset)))
            }
        }
        for (index, intervention) in record.interventions.enumerated() {
            let block = source.interventionBlock(intervention)
            for (offset, label) in intervention.armGroupLabels.enumerated() {
                guard let arm = armByLabel[label] else {
                    notes.append("the intervention '\(intervention.name)' lists the arm group '\(label)', which the record does not have: no receives relation")
                    continue
                }
                guard received.insert([arm, index]).inserted else { continue }
                relations.append(relation(armIDs[arm], "receives", interventionIDs[index], TrialSource.quote(block, through: 1 + offset)))
            }
        }
    }

    // MARK: - Outcomes

    private mutating func addOutcomes() {
        for (index, outcome) in record.outcomes.enumerated() {
            let block = source.outcomeBlock(outcome)
            let id = uniqueID(trial + "-" + Self.words(outcome.measure.slug, fallback: "outcome-\(index + 1)"))
            var statements: [Statement] = [("role", outcome.role.rawValue, block[0], nil), ("measure", outcome.measure, block[0], nil)]
            if let timeFrame = outcome.timeFrame { statements.append(("time-frame", timeFrame, TrialSource.quote(block, through: 1), nil)) }
            entity(id, kind: "outcome", name: outcome.measure, quotes: [block[0]], statements: statements)
            relations.append(relation(trial, "outcomes", id, block[0]))
        }
    }

    // MARK: - Conditions and organisations

    /// Each condition is a topic; a MeSH term of the record's that is the condition's name (case
    /// and spacing aside) gives it vocabulary mesh and the MeSH xref. Other MeSH terms are left out.
    private mutating func addConditions() {
        func key(_ text: String) -> String { RecordReader.folded(text).lowercased() }
        var descriptors: [TrialRecord.MeshTerm] = []
        var byName: [String: TrialRecord.MeshTerm] = [:]
        for mesh in record.conditionMeshes {
            guard mesh.id.count > 1, mesh.id.hasPrefix("D"), mesh.id.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) else {
                notes.append("the MeSH term \(mesh.term) has the id '\(mesh.id)', which is not a MeSH descriptor id (D and digits): left out")
                continue
            }
            descriptors.append(mesh)
            if byName[key(mesh.term)] == nil { byName[key(mesh.term)] = mesh }
        }
        var used: Set<String> = []
        var seen: Set<String> = []
        for (index, condition) in record.conditions.enumerated() {
            // The same condition twice (in another case, say) is one topic.
            guard seen.insert(condition.slug.isEmpty ? key(condition) : condition.slug).inserted else { continue }
            let mesh = byName[key(condition)].flatMap { used.insert($0.id).inserted ? $0 : nil }
            // A MeSH heading has the id a PubMed record's topic of the same heading has, so the two are one topic.
            let base = Self.words(condition.slug, fallback: trial + "-condition-\(index + 1)")
            let id = uniqueID(mesh == nil || condition.slug.isEmpty ? base : "mesh-" + condition.slug)
            var statements: [Statement] = []
            var xrefs: [(String, String)] = []
            if let mesh {
                statements.append(("vocabulary", "mesh", source.conditionMeshLine(mesh), nil))
                xrefs.append(("mesh", mesh.id))
            }
            entity(id, kind: "topic", name: condition, quotes: [source.conditionLine(condition)], xrefs: xrefs, statements: statements)
            relations.append(relation(trial, "conditions", id, source.conditionLine(condition)))
        }
        for mesh in descriptors where used.insert(mesh.id).inserted {
            notes.append("the MeSH term \(mesh.term) (\(mesh.id)) is not the name of a condition of the record: left out")
        }
    }

    private mutating func addOrganizations() {
        var sponsors: [(relation: String, organization: TrialRecord.Organization, line: String)] = []
        if let lead = record.leadSponsor, let line = source.leadSponsorLine { sponsors.append(("sponsor", lead, line)) }
        sponsors += record.collaborators.map { ("collaborator", $0, source.collaboratorLine($0)) }
        var seen: [String: String] = [:]
        for (index, sponsor) in sponsors.enumerated() {
            guard sponsor.organization.kind != "INDIV" else {
                notes.append("the \(sponsor.relation) '\(sponsor.organization.name)' is an individual (class INDIV), and a \(sponsor.relation) is an organization: left out")
                continue
            }
            let base = Self.words(sponsor.organization.name.slug, fallback: trial + "-organization-\(index + 1)")
            let id = seen[base] ?? uniqueID(base)
            if seen[base] == nil {
                seen[base] = id
                entity(id, kind: "organization", name: sponsor.organization.name, quotes: [sponsor.line])
            }
            relations.append(relation(trial, sponsor.relation, id, sponsor.line))
        }
    }

    // MARK: - Writing

    /// The value of `raw` in `table`; nil, noted, when the table has none or does not know it.
    private mutating func enumValue(_ raw: String, _ table: [String: TrialVocabulary.Term], _ what: String) -> String? {
        guard let term = table[raw] else {
            notes.append("the \(what) '\(raw)' is not a value ClinicalTrials.gov defines: left out")
            return nil
        }
        guard let value = term.value else {
            notes.append("the \(what) '\(raw)' (\(term.words)) has no value in the schema: left out")
            return nil
        }
        return value
    }

    private mutating func entity(_ id: String, kind: String, name: String, aliases: [String] = [], quotes: [String],
                                 xrefs: [(String, String)] = [], note: String? = nil, statements: [Statement] = []) {
        lines += ["  - id: \(id)", "    kind: \(kind)", "    name: \(name.yamlQuoted)"]
        var names: Set = [name]
        let aliases = aliases.filter { names.insert($0).inserted }
        if !aliases.isEmpty { lines.append("    aliases: [\(aliases.map(\.yamlQuoted).joined(separator: ", "))]") }
        lines.append(quotes.count == 1 ? "    quote: \(quotes[0].yamlQuoted)" : "    quote: [\(quotes.map(\.yamlQuoted).joined(separator: ", "))]")
        if let note { lines.append("    note: \(note.yamlQuoted)") }
        if !xrefs.isEmpty { lines.append("    xrefs: {\(xrefs.map { "\($0.0): \($0.1.yamlQuoted)" }.joined(separator: ", "))}") }
        if !statements.isEmpty {
            lines.append("    attributes:")
            lines += statements.map { statement in
                "      \(statement.name): {value: \(statement.value.yamlQuoted), quote: \(statement.quote.yamlQuoted)\(statement.note.map { ", note: \($0.yamlQuoted)" } ?? "")}"
            }
        }
    }

    private func relation(_ subject: String, _ type: String, _ object: String, _ quote: String) -> String {
        "  - {subject: \(subject), type: \(type), object: \(object), quote: \(quote.yamlQuoted)}"
    }

    /// `base`, or `base-2`, `base-3`… when the pack already has it.
    private mutating func uniqueID(_ base: String) -> String {
        var id = base
        while ids.contains(id) {
            let next = suffixes[base, default: 2]
            suffixes[base] = next + 1
            id = "\(base)-\(next)"
        }
        ids.insert(id)
        return id
    }

    /// A slug's first six words, or `fallback` when it is empty (a name with no Latin letter or digit).
    private static func words(_ slug: String, fallback: String) -> String {
        slug.isEmpty ? fallback : slug.split(separator: "-").prefix(6).joined(separator: "-")
    }
}
