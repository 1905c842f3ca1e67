/// The facts of one source document, checked against the schema and the source text,
/// before they are merged into a graph.
public struct Pack: Sendable {
    public var document: SourceDocument
    public var entities: [Located<Entity>]
    public var relations: [Located<Relation>]
    /// Where the document id is written, for errors found when packs are merged.
    public var documentSpot: Spot? = nil
}

/// A value together with where it was written, for errors that are found later (merging, references).
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var spot: Spot
    /// Where individual parts (`object`, `attributes.status`, …) are written, for precise carets.
    public var parts: [String: Spot]

    public init(value: Value, spot: Spot, parts: [String: Spot] = [:]) {
        self.value = value
        self.spot = spot
        self.parts = parts
    }

    public var location: SourceLocation { spot.location }

    /// Where `part` is written, or where the value starts.
    public func spot(_ part: String) -> Spot { parts[part] ?? spot }
}

/// A location in a file together with the text of its line, so a caret can be drawn later.
public struct Spot: Sendable {
    public var location: SourceLocation
    public var line: String?
    public var length: Int

    /// A diagnostic at this spot.
    public func diagnostic(_ message: String, notes: [String] = []) -> Diagnostic {
        Diagnostic(location: location, message: message, sourceLine: line, length: length, notes: notes)
    }
}
