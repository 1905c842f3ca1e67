/// A reporting checklist, such as CONSORT for Abstracts: the items a source about a trial or a review
/// should state, each with the fields of the schema that model it and cues that suggest a sentence
/// states it. Read from YAML (`Knowledge/checklists/NAME.yaml`), never written in code.
public struct Checklist: Sendable {
    /// The file's name without `.yaml`, as `kx check --report NAME` names it.
    public var name: String
    /// The file it was read from, for messages.
    public var file: String
    /// The checklist's full title, such as `CONSORT for Abstracts (2010)`.
    public var title: String
    /// The entities a report lists: one report row per item for each.
    public var subjects: ChecklistSubjects
    public var items: [ChecklistItem]
}

/// Which entities a checklist is about: those of a kind, optionally with given attribute values.
public struct ChecklistSubjects: Sendable, Hashable {
    /// The kind's singular name.
    public var kind: String
    /// Attribute values one of which a subject must plainly assert for each attribute: `type` one of
    /// `systematic-review`, `meta-analysis`. Empty for every entity of the kind.
    public var filters: [Filter]

    /// An attribute and the values one of which selects a subject.
    public struct Filter: Sendable, Hashable {
        public var attribute: String
        public var values: [String]
    }

    /// `trial`, or `publication with type systematic-review or meta-analysis`.
    public var description: String {
        ([kind] + filters.map { "with \($0.attribute) \($0.values.joined(separator: " or "))" }).joined(separator: " ")
    }
}

/// One item of a checklist.
public struct ChecklistItem: Sendable, Hashable {
    /// A slug unique in the checklist, such as `numbers-randomised`.
    public var id: String
    /// The item's name, such as `Numbers randomised`.
    public var name: String
    /// What the item asks of the source, in the checklist file's words.
    public var asks: String
    /// The fields that model it, read from the subject.
    public var fields: [ChecklistField]
    /// Patterns that suggest a segment of the source states it.
    public var cues: [CuePattern]
    /// Which segments the cues are matched against: `sentences`, or header fields by key (`Title`).
    public var lookIn: [String]

    /// The word of `lookIn` for every sentence of a source (the default).
    public static let sentences = "sentences"
}
