import KnowledgeGraph

/// Reads ClinicalTrials.gov study records in the JSON of its API version 2: one study as its page
/// downloads it (`{"protocolSection": …}`), a page of search results (`{"studies": […]}`) or an
/// array of studies. A page's studies are read one at a time, and at most `maximumStudies`.
public enum ClinicalTrialsReader {
    /// The most studies one file may hold (the API returns at most 1,000 a page).
    public static let maximumStudies = 10_000

    /// Whether `text`, read from the file named `file`, is for this reader: the file is named
    /// `.json`, or the text begins with `{`, or with `[` and then `{` or `]` (no PubMed format
    /// does; a saved abstract page may begin with a translated title in brackets).
    public static func accepts(_ text: String, file: String) -> Bool {
        if file.lowercased().hasSuffix(".json") { return true }
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace || scalar == "\u{FEFF}" }
        let start = text.unicodeScalars.drop(while: isSpace)
        guard let first = start.first else { return false }
        return first == "{" || first == "[" && start.dropFirst().drop(while: isSpace).first.map { $0 == "{" || $0 == "]" } == true
    }

    /// The studies of `text`, read from the file named `file` in messages.
    /// - Throws: `KnowledgeError` at the line and column where the text stops being JSON or a study
    ///   stops being a ClinicalTrials.gov record, saying what was expected.
    public static func read(_ text: String, file: String) throws -> [TrialRecord] {
        var records: [TrialRecord] = []
        func add(_ study: JSONValue) throws {
            guard records.count < maximumStudies else {
                throw JSONFields.error(at: study, file: file, text: text, "the file holds more than \(maximumStudies) studies; expected at most \(maximumStudies)",
                                       notes: ["split the search results into pages (the API's pageSize and pageToken)"])
            }
            records.append(try record(JSONFields(value: study, path: "", file: file, text: text)))
        }
        let top: JSONValue
        do {
            top = try JSONReader.read(text, streaming: "studies", add)
        } catch let failure as JSONReader.Failure {
            let lines = RecordReader.lines(text)
            throw KnowledgeError(Diagnostic(location: SourceLocation(file: file, line: failure.line, column: failure.column),
                                            message: "expected well-formed JSON (\(failure.reason))",
                                            sourceLine: failure.line <= lines.count ? String(lines[failure.line - 1]) : nil))
        }
        switch top.content {
        case .array:
            return records
        case .object where top["studies"] != nil:
            guard case .array = top["studies"]?.content else {
                throw JSONFields.error(at: top["studies"] ?? top, file: file, text: text, "expected 'studies' to be an array of ClinicalTrials.gov study records")
            }
            return records
        default:
            try add(top)
            return records
        }
    }

    /// The record of one study.
    private static func record(_ study: JSONFields) throws -> TrialRecord {
        guard case .object = study.value.content, let protocolSection = try study.object("protocolSection") else {
            throw study.error("expected a ClinicalTrials.gov study record (API version 2): no protocolSection",
                              notes: ["download the study's JSON from its page on clinicaltrials.gov, or from https://clinicaltrials.gov/api/v2/studies/NCT…"])
        }
        guard let identification = try protocolSection.object("identificationModule"), let nctID = try identification.line("nctId") else {
            throw protocolSection.error("the study has no protocolSection.identificationModule.nctId; expected its NCT number")
        }
        guard nctID.count == 11, nctID.hasPrefix("NCT"), nctID.dropFirst(3).allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw protocolSection.error("the study's nctId is '\(nctID)'; expected NCT followed by 8 digits, such as NCT01234567")
        }
        var record = TrialRecord(nctID: nctID, location: SourceLocation(file: study.file, line: study.value.line, column: study.value.column))
        record.organizationStudyID = try identification.object("orgStudyIdInfo")?.line("id")
        record.briefTitle = try identification.line("briefTitle")
        record.officialTitle = try identification.line("officialTitle")
        record.acronym = try identification.line("acronym")
        try readStatus(protocolSection, into: &record)
        if let sponsors = try protocolSection.object("sponsorCollaboratorsModule") {
            record.leadSponsor = try sponsors.object("leadSponsor").flatMap(organization)
            record.collaborators = try sponsors.objects("collaborators").compactMap(organization)
        }
        if let description = try protocolSection.object("descriptionModule") {
            record.briefSummary = try description.string("briefSummary")
            record.detailedDescription = try description.string("detailedDescription")
        }
        if let conditions = try protocolSection.object("conditionsModule") {
            record.conditions = try conditions.lines("conditions")
            record.keywords = try conditions.lines("keywords")
        }
        try readDesign(protocolSection, into: &record)
        try readArms(protocolSection, into: &record)
        if let outcomes = try protocolSection.object("outcomesModule") {
            for (key, role) in [("primaryOutcomes", TrialRecord.Outcome.Role.primary), ("secondaryOutcomes", .secondary), ("otherOutcomes", .other)] {
                for outcome in try outcomes.objects(key) {
                    guard let measure = try outcome.line("measure") else {
                        record.notes.append("the \(role) outcome at line \(outcome.value.line) names no measure")
                        continue
                    }
                    record.outcomes.append(.init(role: role, measure: measure, description: try outcome.string("description"), timeFrame: try outcome.line("timeFrame")))
                }
            }
        }
        if let eligibility = try protocolSection.object("eligibilityModule") {
            record.eligibilityCriteria = try eligibility.string("eligibilityCriteria")
            record.sex = try eligibility.line("sex")
            record.minimumAge = try eligibility.line("minimumAge")
            record.maximumAge = try eligibility.line("maximumAge")
            record.healthyVolunteers = try eligibility.bool("healthyVolunteers")
        }
        record.locations = try protocolSection.object("contactsLocationsModule")?.objects("locations").compactMap { site in
            try ["facility", "city", "state", "country"].compactMap { try site.line($0) }.joined(separator: ", ").nonEmpty
        } ?? []
        let derived = try study.object("derivedSection")
        record.conditionMeshes = try derived?.object("conditionBrowseModule").map(meshes) ?? []
        record.interventionMeshes = try derived?.object("interventionBrowseModule").map(meshes) ?? []
        record.hasResults = try study.bool("hasResults")
        return record
    }

    private static func readStatus(_ protocolSection: JSONFields, into record: inout TrialRecord) throws {
        guard let status = try protocolSection.object("statusModule") else { return }
        record.overallStatus = try status.line("overallStatus")
        record.whyStopped = try status.line("whyStopped")
        record.statusVerified = try status.line("statusVerifiedDate")
        record.startDate = try date(status.object("startDateStruct"))
        record.primaryCompletionDate = try date(status.object("primaryCompletionDateStruct"))
        record.completionDate = try date(status.object("completionDateStruct"))
        record.firstSubmitted = try status.line("studyFirstSubmitDate")
        record.lastUpdatePosted = try status.object("lastUpdatePostDateStruct")?.line("date")
    }

    private static func readDesign(_ protocolSection: JSONFields, into record: inout TrialRecord) throws {
        guard let design = try protocolSection.object("designModule") else { return }
        record.studyType = try design.line("studyType")
        record.phases = try design.lines("phases")
        if let info = try design.object("designInfo") {
            record.allocation = try info.line("allocation")
            record.interventionModel = try info.line("interventionModel")
            record.interventionModelDescription = try info.line("interventionModelDescription")
            record.primaryPurpose = try info.line("primaryPurpose")
            record.timePerspective = try info.line("timePerspective")
            if let masking = try info.object("maskingInfo") {
                record.masking = try masking.line("masking")
                record.maskingDescription = try masking.line("maskingDescription")
                record.whoMasked = try masking.lines("whoMasked")
            }
        }
        if let enrollment = try design.object("enrollmentInfo") {
            record.enrollment = try enrollment.number("count")
            record.enrollmentType = try enrollment.line("type")
        }
    }

    private static func readArms(_ protocolSection: JSONFields, into record: inout TrialRecord) throws {
        guard let module = try protocolSection.object("armsInterventionsModule") else { return }
        for arm in try module.objects("armGroups") {
            guard let label = try arm.line("label") else {
                record.notes.append("the arm group at line \(arm.value.line) has no label")
                continue
            }
            record.arms.append(.init(label: label, type: try arm.line("type"), description: try arm.string("description"), interventionNames: try arm.lines("interventionNames")))
        }
        for intervention in try module.objects("interventions") {
            guard let name = try intervention.line("name") else {
                record.notes.append("the intervention at line \(intervention.value.line) has no name")
                continue
            }
            record.interventions.append(.init(type: try intervention.line("type"), name: name, description: try intervention.string("description"),
                                              armGroupLabels: try intervention.lines("armGroupLabels"), otherNames: try intervention.lines("otherNames")))
        }
    }

    private static func organization(_ fields: JSONFields) throws -> TrialRecord.Organization? {
        try fields.line("name").map { TrialRecord.Organization(name: $0, kind: try fields.line("class")) }
    }

    private static func date(_ fields: JSONFields?) throws -> TrialRecord.StatedDate? {
        guard let fields, let date = try fields.line("date") else { return nil }
        return TrialRecord.StatedDate(date: date, type: try fields.line("type"))
    }

    /// The MeSH terms of a browse module; one without an id or a term says nothing to check, and is left out.
    private static func meshes(_ module: JSONFields) throws -> [TrialRecord.MeshTerm] {
        try module.objects("meshes").compactMap { mesh in
            guard let id = try mesh.line("id"), let term = try mesh.line("term") else { return nil }
            return TrialRecord.MeshTerm(id: id, term: term)
        }
    }
}
