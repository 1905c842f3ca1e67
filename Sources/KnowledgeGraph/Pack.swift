/// The facts of one source document, checked against the schema and the source text,
/// before they are merged into a graph.
public struct Pack: Sendable {
    public var document: SourceDocument
    public var entities: [Located<Entity>]
    public var relations: [Located<Relation>]
    /// Where the document id is written, for errors found when packs are merged.
    public var documentSpot: Spot? = nil
    /// Ids of entities written in the pack but not kept because of their own errors; a reference to one
    /// is not reported again when packs are merged.
    public var unkeptIDs: Set<String> = []
    /// The ends of relation statements written in the pack but not kept because of their own errors,
    /// with where the subject and object are written, so that references to unknown ids are still reported.
    public var unkeptRelationEnds: [Located<RelationEnds>] = []

    /// A pack of statements already checked, such as a graph's own rebuilt with changes.
    package init(document: SourceDocument, entities: [Located<Entity>], relations: [Located<Relation>]) {
        (self.document, self.entities, self.relations) = (document, entities, relations)
    }

    init(document: SourceDocument, entities: [Located<Entity>], relations: [Located<Relation>], documentSpot: Spot?,
         unkeptIDs: Set<String>, unkeptRelationEnds: [Located<RelationEnds>]) {
        (self.document, self.entities, self.relations) = (document, entities, relations)
        (self.documentSpot, self.unkeptIDs, self.unkeptRelationEnds) = (documentSpot, unkeptIDs, unkeptRelationEnds)
    }
}

/// A value together with where it was written, for errors that are found later (merging, references).
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var spot: Spot
    /// Where individual parts (a relation's `subject` and `object`) are written, for precise carets;
    /// a short list, searched in order, which costs less than a dictionary for every statement.
    public var parts: [Part]

    /// Where one named part of a value is written.
    public struct Part: Sendable {
        public var name: String
        public var spot: Spot

        public init(_ name: String, _ spot: Spot) {
            self.name = name
            self.spot = spot
        }
    }

    public init(value: Value, spot: Spot, parts: [Part] = []) {
        self.value = value
        self.spot = spot
        self.parts = parts
    }

    public var location: SourceLocation { spot.location }

    /// Where `part` is written, or where the value starts.
    public func spot(_ part: String) -> Spot { parts.first { $0.name == part }?.spot ?? spot }
}

/// A location in a file together with the file's lines, so a caret under its line can be drawn later.
public struct Spot: Sendable {
    public var location: SourceLocation
    public var length: Int
    /// The lines of the file, shared by every spot in it; the line is cut out only for a diagnostic.
    package var lines: SourceLines?

    package init(location: SourceLocation, length: Int, lines: SourceLines? = nil) {
        (self.location, self.length, self.lines) = (location, length, lines)
    }

    /// The text of the spot's line.
    public var line: String? { lines?.line(location.line) }

    /// A diagnostic at this spot.
    public func diagnostic(_ message: String, notes: [String] = []) -> Diagnostic {
        Diagnostic(location: location, message: message, sourceLine: line, length: length, notes: notes)
    }
}
