import KnowledgeGraph

/// The members of a JSON object read by name and type, for a record reader: a member that is
/// missing or `null` is nil (or empty), one of another type is an error at its line and column.
struct JSONFields {
    let value: JSONValue
    /// The object's path in the record, such as `protocolSection.statusModule`, for messages.
    let path: String
    let file: String
    /// The file's text, to show the line of an error.
    let text: String

    /// The member `key` when it is an object.
    func object(_ key: String) throws -> JSONFields? {
        guard let member = try member(key) else { return nil }
        guard case .object = member.content else { throw mismatch(key, member, "an object") }
        return JSONFields(value: member, path: name(key), file: file, text: text)
    }

    /// The member `key` when it is a string, with control characters other than line breaks made
    /// spaces, line ends made `\n` and the ends trimmed; an empty string is nil.
    func string(_ key: String) throws -> String? {
        guard let member = try member(key) else { return nil }
        guard case .string(let string) = member.content else { throw mismatch(key, member, "a string") }
        return Self.cleaned(string)
    }

    /// The member `key` when it is a string on one line: white space folded and trimmed.
    func line(_ key: String) throws -> String? {
        try string(key).map(RecordReader.folded).flatMap(\.nonEmpty)
    }

    /// The member `key` when it is a number, as written.
    func number(_ key: String) throws -> String? {
        guard let member = try member(key) else { return nil }
        guard case .number(let number) = member.content else { throw mismatch(key, member, "a number") }
        return number
    }

    func bool(_ key: String) throws -> Bool? {
        guard let member = try member(key) else { return nil }
        guard case .bool(let bool) = member.content else { throw mismatch(key, member, "true or false") }
        return bool
    }

    /// The member `key` when it is an array of strings, each on one line; empty strings are left out.
    func lines(_ key: String) throws -> [String] {
        try elements(key, "strings").compactMap { element in
            guard case .string(let string) = element.content else { throw mismatch(key, element, "a string", element: true) }
            return RecordReader.folded(Self.cleaned(string) ?? "").nonEmpty
        }
    }

    /// The member `key` when it is an array of objects.
    func objects(_ key: String) throws -> [JSONFields] {
        try elements(key, "objects").enumerated().map { offset, element in
            guard case .object = element.content else { throw mismatch(key, element, "an object", element: true) }
            return JSONFields(value: element, path: "\(name(key))[\(offset)]", file: file, text: text)
        }
    }

    /// An error at this object.
    func error(_ message: String, notes: [String] = []) -> KnowledgeError {
        Self.error(at: value, file: file, text: text, message, notes: notes)
    }

    /// An error at `value` of `file`, showing its line of `text`.
    static func error(at value: JSONValue, file: String, text: String, _ message: String, notes: [String] = []) -> KnowledgeError {
        let lines = RecordReader.lines(text)
        return KnowledgeError(Diagnostic(location: SourceLocation(file: file, line: value.line, column: value.column), message: message,
                                         sourceLine: value.line <= lines.count ? String(lines[value.line - 1]) : nil, notes: notes))
    }

    /// `text` with line ends (and the line and paragraph separators U+2028, U+2029) made `\n`; other control characters, tabs and the noncharacters YAML
    /// may not hold (U+FFFE, U+FFFF) made spaces; trailing spaces of each line and blank lines at
    /// the ends removed; nil when nothing is left.
    static func cleaned(_ text: String) -> String? {
        var lines: [String] = []
        let breaks: Set<Character> = ["\n", "\r", "\u{2028}", "\u{2029}"]
        for line in text.replacingOccurrences(of: "\r\n", with: "\n").split(omittingEmptySubsequences: false, whereSeparator: breaks.contains) {
            let plain = String(line.map { $0.unicodeScalars.contains { $0.properties.generalCategory == .control || $0.value == 0xFFFE || $0.value == 0xFFFF } ? " " : $0 })
            lines.append(plain.trimmingSuffixSpaces)
        }
        while lines.first?.allSatisfy(\.isWhitespace) == true { lines.removeFirst() }
        while lines.last?.allSatisfy(\.isWhitespace) == true { lines.removeLast() }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }

    private func name(_ key: String) -> String { path.isEmpty ? key : path + "." + key }

    private func member(_ key: String) throws -> JSONValue? {
        guard let member = value[key] else { return nil }
        if case .null = member.content { return nil }
        return member
    }

    private func elements(_ key: String, _ what: String) throws -> [JSONValue] {
        guard let member = try member(key) else { return [] }
        guard case .array(let elements) = member.content else { throw mismatch(key, member, "an array of \(what)") }
        return elements
    }

    private func mismatch(_ key: String, _ found: JSONValue, _ expected: String, element: Bool = false) -> KnowledgeError {
        error(at: found, "expected \(element ? "each element of " : "")'\(name(key))' to be \(expected), found \(found.kind)")
    }

    private func error(at found: JSONValue, _ message: String) -> KnowledgeError {
        Self.error(at: found, file: file, text: text, message)
    }
}
