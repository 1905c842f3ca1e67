import KnowledgeGraph

extension Graph {
    /// The ids of the source documents, sorted.
    public var documentIDs: [String] { columns.documentID.map { strings[$0] } }

    /// The source document with this id, its text and segments read from the image. O(log d).
    public func document(_ id: String) -> SourceDocument? {
        guard let number = documentNumber(id) else { return nil }
        let date = columns.documentDate[number]
        return SourceDocument(id: id, citation: strings[columns.documentCitation[number]], date: date == 0 ? nil : PartialDate(strings[date]),
                              text: String(decoding: documentText(number), as: UTF8.self), segments: segments(of: number))
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

    /// The text of document `number`, read in place; empty when the texts are damaged, which
    /// `damagedReads` then counts.
    func documentText(_ number: Int) -> UnsafeBufferPointer<UInt8> {
        let texts = columns.documentTextBytes
        guard !columns.isDamaged(.documentTextBytes) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(rebasing: texts[range(columns.documentTextStart, number)])
    }

    /// How many reads so far found a section of the image damaged (each section is checked when it
    /// is first read): a caller compares the count before and after what it did to tell whether
    /// what it read came out empty or zero because of it.
    public var damagedReads: Int { columns.damagedReadCount }

    /// What `body` returns, or `damage` when it read a damaged section.
    public func failingOnDamage<T>(_ body: () throws -> T) throws -> T {
        let before = damagedReads
        let result = try body()
        guard damagedReads == before else { throw damage }
        return result
    }

    /// What is wrong when `damagedReads` grows: the first damaged section found.
    public var damage: ImageError {
        let error: ImageError
        switch columns.problems.first {
        case (.documentTextBytes, _)?, nil:
            error = ImageError("damaged: the documents' texts do not match their checksum, so quotes and text cannot be read; compile it again")
        case (_, let problem)?:
            error = ImageError("damaged: \(problem); compile it again")
        }
        return image.path.map(error.at) ?? error
    }

    func segments(of number: Int) -> [Segment] {
        range(columns.segmentStart, number).map { index in
            Segment(role: Segment.Role(code: columns.segmentRole[index]), label: strings[columns.segmentLabel[index]],
                    start: Int(columns.segmentFrom[index]), end: Int(columns.segmentTo[index]))
        }
    }
}
