extension Array where Element == Diagnostic {
    /// In file, line and column order (those without a location first), keeping the order of
    /// problems found at the same place: how every reader reports what it found.
    public var inFileOrder: [Diagnostic] {
        enumerated().sorted { lhs, rhs in
            let (a, b) = (lhs.element.location, rhs.element.location)
            let keyA = (a?.file ?? "", a?.line ?? 0, a?.column ?? 0), keyB = (b?.file ?? "", b?.line ?? 0, b?.column ?? 0)
            return keyA == keyB ? lhs.offset < rhs.offset : keyA < keyB
        }.map(\.element)
    }

    /// At most `limit` of them, then one line saying how many more there were.
    public func capped(at limit: Int) -> [Diagnostic] {
        guard count > limit else { return self }
        return Array(prefix(limit)) + [Diagnostic(location: nil, message: "\(count - limit) more problems not shown")]
    }

    /// Runs `body`; when it throws a `KnowledgeError`, keeps its diagnostics here and gives nil, so a
    /// reader goes on after a problem and reports them all.
    public mutating func collect<T>(_ body: () throws -> T) rethrows -> T? {
        do {
            return try body()
        } catch let error as KnowledgeError {
            append(contentsOf: error.diagnostics)
            return nil
        }
    }
}
