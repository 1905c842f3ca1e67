import KnowledgeGraph

/// Packs of ClinicalTrials.gov records.
extension PackWriter {
    /// The packs of `trials`, named from the NCT number (`nct01234567`), with `-2`, `-3`… when the
    /// name is in `taken` (the names of this import's other packs) or another record's pack in `root`.
    /// - Throws: `KnowledgeError` at the record when its folder already holds the same trial and `force` is false.
    public static func packs(_ trials: [TrialRecord], root: String, force: Bool, taken: Set<String> = []) throws -> [Pack] {
        var taken = taken
        return try trials.map { trial in
            let source = TrialSource(record: trial)
            return pack(trial, id: try folder(base: baseID(trial), firstLine: source.nctLine, location: trial.location, root: root, force: force, taken: &taken))
        }
    }

    /// The pack of `trial` in the folder `id`, built without reading the disk.
    public static func pack(_ trial: TrialRecord, id: String) -> Pack {
        let facts = TrialFactsWriter(record: trial, packID: id, origin: "\(trial.location.file):\(trial.location.line)")
        return Pack(id: id, source: facts.source.text, facts: facts.text, notes: facts.notes)
    }

    /// `nct01234567`: the NCT number in lower case.
    public static func baseID(_ trial: TrialRecord) -> String {
        trial.nctID.lowercased()
    }
}
