extension SourceDocument {
    /// A document read back from a compiled image.
    public init(id: String, citation: String, date: PartialDate?, text: String, segments: [Segment]) {
        self.init(id: id, citation: citation, date: date, text: text)
    }
}
