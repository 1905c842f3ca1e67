extension Graph {
    /// The ids of the source documents, sorted.
    public var documentIDs: [String] { columns.documentID.map { strings[$0] } }

    /// The source document with this id, its text and segments read from the image. O(log d).
    public func document(_ id: String) -> SourceDocument? {
        guard let number = documentNumber(id) else { return nil }
        let date = columns.documentDate[number]
        return SourceDocument(id: id, citation: strings[columns.documentCitation[number]], date: date == 0 ? nil : PartialDate(strings[date]),
                              text: strings[columns.documentText[number]], segments: segments(of: number))
    }

    /// How to cite a document, or its id when it is not loaded.
    public func citation(of document: String) -> String {
        documentNumber(document).map { strings[columns.documentCitation[$0]] } ?? document
    }

    /// The date a document speaks for, when it gives one.
    public func date(of document: String) -> PartialDate? {
        guard let number = documentNumber(document), columns.documentDate[number] != 0 else { return nil }
        return PartialDate(strings[columns.documentDate[number]])
    }

    func documentNumber(_ id: String) -> Int? {
        var key = Array(id.utf8)
        return key.withUnsafeMutableBufferPointer { key in
            let buffer = UnsafeBufferPointer(key)
            let row = lowerBound(count: columns.documentID.count) { strings.compare(columns.documentID[$0], buffer) }
            return row < columns.documentID.count && strings.compare(columns.documentID[row], buffer) == 0 ? row : nil
        }
    }

    func documentText(_ number: Int) -> UnsafeBufferPointer<UInt8> {
        strings.utf8(Int(columns.documentText[number]))
    }

    func segments(of number: Int) -> [Segment] {
        range(columns.segmentStart, number).map { index in
            Segment(role: Segment.Role(code: columns.segmentRole[index]), label: strings[columns.segmentLabel[index]],
                    start: Int(columns.segmentFrom[index]), end: Int(columns.segmentTo[index]))
        }
    }
}
