/// What a checklist finds in the checked packs: for each subject (each trial, for CONSORT) and each
/// item, whether the packs model it, or whether the source seems to state it though they do not.
public struct ChecklistReport: Sendable {
    /// How far an item is covered.
    public enum Status: String, Sendable, CaseIterable {
        /// At least one statement of the item's fields is in the packs.
        case modelled
        /// Nothing is modelled, but a cue matched a segment of the subject's sources.
        case toModel = "to model"
        /// Nothing is modelled and no cue matched: most likely the source does not state it.
        case notStated = "not stated"
    }

    /// One item for one subject.
    public struct Row: Sendable, Hashable {
        /// The subject's id.
        public var subject: String
        public var item: ChecklistItem
        public var status: Status
        /// Each of the item's fields with how many statements (or, for `xrefs`, identifiers) it holds.
        public var counts: [FieldCount]
        /// For a modelled item, the segments its statements quote; otherwise those a cue matched,
        /// as `Title, sentences 3, 9`, each document's named when the subject has several.
        public var segments: String
    }

    /// How many statements of the subject one field of an item holds.
    public struct FieldCount: Sendable, Hashable {
        public var field: String
        public var count: Int
    }

    public var checklist: Checklist
    /// The subjects, sorted by id.
    public var subjects: [String]
    /// The plural of the subjects' kind, such as `trials`.
    public var subjectPlural: String
    /// Each subject's rows in checklist order, subjects in order.
    public var rows: [Row]
}
