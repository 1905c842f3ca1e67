import Foundation
internal import CYAML

/// Reads a YAML file into located `YAMLNode`s and turns every structural problem into a `Diagnostic`
/// that points at the offending node, with the source line for the caret.
///
/// libyaml's event stream is turned into a tree by an explicit stack rather than recursion, so
/// nesting is bounded by `maximumDepth` and size by `maximumNodes` whatever the input.
/// Anchors and aliases are refused, so no input can expand into more nodes than it spells out.
public struct YAMLReader: Sendable {
    /// The file name used in diagnostics.
    public let file: String
    private let lines: SourceLines

    /// - Parameter bytes: the text's UTF-8 as read from the file, kept for caret lines instead of a copy.
    public init(file: String, text: String, bytes: [UInt8]? = nil) {
        self.file = file
        self.lines = bytes.map { SourceLines(utf8: $0) } ?? SourceLines(text)
    }

    /// How deeply mappings and sequences may nest, counting the outermost as level 1.
    public static let maximumDepth = 64

    /// How many nodes (scalars, mappings and sequences) one file may hold: more than a 64 MiB file of
    /// facts needs (a document with 100,000 relations has about 1.3 million), far fewer than memory allows.
    public static let maximumNodes = 16_000_000

    /// Parses the text given at `init`: the first and only document, or nil when there is none.
    /// A syntax error, an anchor or alias, a repeated key or input over the limits becomes a located diagnostic.
    /// `cancellation` is checked every few thousand events, so Ctrl-C stops a large file's parse with `Interrupted`.
    public func parse(_ text: String, cancellation: Cancellation? = nil) throws -> YAMLNode? {
        var text = text
        return try text.withUTF8 { try parse(bytes: $0, cancellation: cancellation) }
    }

    private func parse(bytes: UnsafeBufferPointer<UInt8>, cancellation: Cancellation?) throws -> YAMLNode? {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return nil }
        // Heap-allocated because libyaml keeps a pointer to the parser in its input handler.
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            throw KnowledgeError(diagnostic(at: SourceLocation(file: file, line: 1, column: 1), "YAML error: out of memory"))
        }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, base, bytes.count)

        let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
        defer { event.deallocate() }
        var builder = TreeBuilder(reader: self)
        var events = 0
        while true {
            events += 1
            if events % 4096 == 0 { try cancellation?.check() }
            guard yaml_parser_parse(parser, event) == 1 else {
                throw KnowledgeError(diagnostic(forFailed: parser.pointee, in: bytes))
            }
            defer { yaml_event_delete(event) }
            if case .done(let root) = try builder.take(event.pointee) { return root }
        }
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": return true
        default: return false
        }
    }

    /// Where the text after `scalars` starts, counting lines and columns as libyaml does.
    private static func location<S: Sequence>(after scalars: S, file: String) -> SourceLocation where S.Element == Unicode.Scalar {
        var line = 1, column = 1, afterCR = false
        for scalar in scalars {
            defer { afterCR = scalar == "\r" }
            if scalar == "\n", afterCR { continue }
            if isLineBreak(scalar) { line += 1; column = 1 } else { column += 1 }
        }
        return SourceLocation(file: file, line: line, column: column)
    }

    /// A libyaml position (0-based line and column, the column in Unicode scalars) in this file.
    fileprivate func location(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    /// The error libyaml stopped at, located at its problem mark, with what it was reading as a note.
    private func diagnostic(forFailed parser: yaml_parser_t, in bytes: UnsafeBufferPointer<UInt8>) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        switch parser.error {
        case YAML_READER_ERROR:
            // The reader reports a byte offset (an invalid byte or a control character), not a mark.
            let prefix = String(decoding: UnsafeBufferPointer(rebasing: bytes.prefix(Int(parser.problem_offset))), as: UTF8.self)
            return diagnostic(at: Self.location(after: prefix.unicodeScalars, file: file), "YAML syntax error: \(problem)")
        case YAML_PARSER_ERROR where problem.hasPrefix("Maximum nesting level reached"):
            // libyaml refuses 1000 open collections, counting brackets its scanner has read ahead (up to 1024
            // characters), so `[[[[…` thousands deep stops here, at the first bracket, before the tree reaches
            // `maximumDepth`. Either way the input nests too deeply; say so in our words.
            return diagnostic(at: location(parser.problem_mark), "YAML nested more than \(Self.maximumDepth) levels deep")
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
            // libyaml's context says what it was reading and where that began: "while scanning a quoted scalar".
            let notes = parser.context.map { ["\(String(cString: $0)) that starts at \(location(parser.context_mark))"] } ?? []
            return diagnostic(at: location(parser.problem_mark), "YAML syntax error: \(problem)", notes: notes)
        default:
            return diagnostic(at: SourceLocation(file: file, line: 1, column: 1), "YAML error: \(parser.problem == nil ? "out of memory" : problem)")
        }
    }

    /// The location of a node, or of the file's start when the node has none.
    public func location(_ node: YAMLNode?) -> SourceLocation {
        guard let node else { return SourceLocation(file: file, line: 1, column: 1) }
        return SourceLocation(file: file, line: node.line, column: node.column)
    }

    /// A diagnostic pointing at `node`, with its source line attached.
    public func diagnostic(_ node: YAMLNode?, _ message: String, notes: [String] = []) -> Diagnostic {
        diagnostic(at: location(node), message, length: node.map(Self.width) ?? 1, notes: notes)
    }

    /// Where a node is written, with the file's lines to show it by, for diagnostics made later.
    public func spot(_ node: YAMLNode) -> Spot {
        Spot(location: location(node), length: Self.width(node), lines: lines)
    }

    /// A diagnostic at an explicit location in this file.
    public func diagnostic(at location: SourceLocation, _ message: String, length: Int = 1, notes: [String] = []) -> Diagnostic {
        Diagnostic(location: location, message: message, sourceLine: lines.line(location.line), length: length, notes: notes)
    }

    /// The pairs of a mapping node, keys as text. Unknown keys are an error naming the likely intended key.
    public func mapping(_ node: YAMLNode, what: String, allowed: [String], required: [String] = []) throws -> [String: YAMLNode] {
        var diagnostics: [Diagnostic] = []
        let result = try mapping(node, what: what, allowed: allowed, required: required, reporting: &diagnostics)
        guard diagnostics.isEmpty else { throw KnowledgeError(diagnostics) }
        return result
    }

    /// The known pairs of a mapping node, keys as text; an unknown or missing key is added to `diagnostics`
    /// and the rest is still returned, so the caller can keep what it describes.
    /// With `readingMisspelt`, an unknown key that stands for an allowed key the mapping lacks (the one its
    /// "did you mean" names: `nmae` for `name`) is returned as that key, so what it holds is checked too;
    /// it is reported all the same.
    /// - Throws: `KnowledgeError` only when the node is not a mapping.
    public func mapping(_ node: YAMLNode, what: String, allowed: [String], required: [String] = [], readingMisspelt: Bool = false,
                        reporting diagnostics: inout [Diagnostic]) throws -> [String: YAMLNode] {
        guard case .mapping(let mapping) = node.content else {
            throw KnowledgeError(diagnostic(node, "expected \(what) to be a mapping of keys to values"))
        }
        var result: [String: YAMLNode] = [:]
        var problems: [Diagnostic] = []
        var misspelt: [(key: String, value: YAMLNode)] = []
        for (keyNode, value) in mapping {
            guard let key = try problems.collect({ try scalar(keyNode, what: "a key") }) else { continue }
            guard allowed.contains(key) else {
                let meant = Suggestion.closestKey(to: key, in: allowed)
                problems.append(diagnostic(keyNode, "unknown key '\(key)' in \(what)",
                                           notes: (meant.map { ["did you mean '\($0)'?"] } ?? []) + ["the keys here: \(allowed.joined(separator: ", "))"]))
                if readingMisspelt, let meant { misspelt.append((meant, value)) }
                continue
            }
            result[key] = value
        }
        var unexplained = problems.count
        for (key, value) in misspelt where result[key] == nil {
            result[key] = value
            unexplained -= 1
        }
        // A missing key is most likely one of the unknown ones misspelt, so it is named only when every unknown key is read as a known one.
        if unexplained == 0, let key = required.first(where: { result[$0] == nil }) {
            problems.append(diagnostic(node, "\(what) has no '\(key)'"))
        }
        diagnostics += problems
        return result
    }

    /// The pairs of a mapping node in file order, keys as text and nodes.
    public func pairs(_ node: YAMLNode, what: String) throws -> [(key: String, keyNode: YAMLNode, value: YAMLNode)] {
        guard case .mapping(let mapping) = node.content else {
            throw KnowledgeError(diagnostic(node, "expected \(what) to be a mapping of keys to values"))
        }
        return try mapping.map { (try scalar($0.key, what: "a key"), $0.key, $0.value) }
    }

    /// The items of a sequence node.
    public func sequence(_ node: YAMLNode, what: String) throws -> [YAMLNode] {
        guard case .sequence(let sequence) = node.content else {
            throw KnowledgeError(diagnostic(node, "expected \(what) to be a list"))
        }
        return sequence
    }

    /// The items of a list where a key with no value (`relations:` with nothing after it) is an empty list.
    public func list(_ node: YAMLNode, what: String) throws -> [YAMLNode] {
        if case .scalar(let text, true) = node.content, ["", "~", "null"].contains(text) { return [] }
        return try sequence(node, what: what)
    }

    /// The text of a scalar node; a list or mapping here is an error.
    public func scalar(_ node: YAMLNode, what: String) throws -> String {
        guard case .scalar(let text, _) = node.content else {
            throw KnowledgeError(diagnostic(node, "expected \(what) to be a single value, not a \(node.isMapping ? "mapping" : "list")"))
        }
        return text
    }

    /// A non-empty scalar.
    public func text(_ node: YAMLNode, what: String) throws -> String {
        let text = try scalar(node, what: what)
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw KnowledgeError(diagnostic(node, "\(what) is empty"))
        }
        return text
    }

    /// One scalar or a list of scalars, each with its node.
    public func texts(_ node: YAMLNode, what: String) throws -> [(text: String, node: YAMLNode)] {
        if case .sequence(let sequence) = node.content {
            return try sequence.map { (try text($0, what: what), $0) }
        }
        return [(try text(node, what: what), node)]
    }

    /// `did you mean 'x'?` when a candidate is close to `word`.
    public func suggestionNote<S: Sequence>(_ word: String, _ candidates: S) -> [String] where S.Element == String {
        Suggestion.closest(to: word, in: candidates).map { ["did you mean '\($0)'?"] } ?? []
    }

    private static func width(_ node: YAMLNode) -> Int {
        if case .scalar(let text, let plain) = node.content, !text.utf8.contains(UInt8(ascii: "\n")) { return max(1, text.count + (plain ? 0 : 2)) }
        return 1
    }
}

extension YAMLReader {
    /// The line and column (in Unicode scalars) of the character at `offset` in `text`.
    static func location(ofCharacter offset: Int, in text: String, file: String) -> SourceLocation {
        let end = text.index(text.startIndex, offsetBy: max(0, offset), limitedBy: text.endIndex) ?? text.endIndex
        return location(after: text.unicodeScalars[..<end], file: file)
    }
}

private extension YAMLNode {
    var isMapping: Bool {
        if case .mapping = content { return true }
        return false
    }
}

/// Builds the tree from libyaml's events with an explicit stack of open collections.
private struct TreeBuilder {
    /// A mapping or sequence whose end event has not come yet.
    private struct Frame {
        let isMapping: Bool
        let line: Int, column: Int
        var items: [YAMLNode] = []
        var pairs: [(key: YAMLNode, value: YAMLNode)] = []
        /// A mapping's key waiting for its value.
        var key: YAMLNode?
        /// A mapping's scalar keys so far, to find one given twice.
        var keys: [String: YAMLNode] = [:]
    }

    enum Step { case more, done(YAMLNode?) }

    let reader: YAMLReader
    private var stack: [Frame] = []
    private var root: YAMLNode?
    private var documents = 0
    private var nodes = 0

    init(reader: YAMLReader) {
        self.reader = reader
    }

    /// Takes one event; `.done` with the document's root (nil for none) once the stream ends.
    mutating func take(_ event: yaml_event_t) throws -> Step {
        let start = reader.location(event.start_mark)
        switch event.type {
        case YAML_STREAM_END_EVENT:
            return .done(root)
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 { throw KnowledgeError(reader.diagnostic(at: start, "a knowledge file holds one YAML document")) }
        case YAML_ALIAS_EVENT:
            try refuseAnchor("alias", "*" + Self.text(event.data.alias.anchor), at: start)
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            try begin(anchor: scalar.anchor, at: start)
            let text = scalar.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: Int(scalar.length)), as: UTF8.self) } ?? ""
            if text.utf8.contains(0) {
                // A `\0` escape: C strings and terminals end or garble text at a NUL, so no value may hold one.
                throw KnowledgeError(reader.diagnostic(at: start, "a value holds a NUL character (written \\0 or \\x00), which knowledge files do not allow"))
            }
            try add(YAMLNode(content: .scalar(text, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE), line: start.line, column: start.column))
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            try begin(anchor: isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor, at: start)
            guard stack.count < YAMLReader.maximumDepth else {
                throw KnowledgeError(reader.diagnostic(at: start, "YAML nested more than \(YAMLReader.maximumDepth) levels deep"))
            }
            stack.append(Frame(isMapping: isMapping, line: start.line, column: start.column))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            let frame = stack.removeLast()
            try add(YAMLNode(content: frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items), line: frame.line, column: frame.column))
        default:
            break  // stream start, document end
        }
        return .more
    }

    /// Checks a node about to start: no anchor, and not one node too many.
    private mutating func begin(anchor: UnsafeMutablePointer<yaml_char_t>?, at start: SourceLocation) throws {
        if let anchor { try refuseAnchor("anchor", "&" + Self.text(anchor), at: start) }
        nodes += 1
        if nodes > YAMLReader.maximumNodes {
            throw KnowledgeError(reader.diagnostic(at: start, "YAML holds more than \(YAMLReader.maximumNodes) nodes"))
        }
    }

    /// Anchors and aliases could make a small file expand into a huge tree, and knowledge files have no use for them.
    private func refuseAnchor(_ what: String, _ written: String, at start: SourceLocation) throws {
        throw KnowledgeError(reader.diagnostic(at: start, "YAML anchors and aliases are not allowed in knowledge files (found \(what) '\(written)')",
                                               length: written.unicodeScalars.count))
    }

    /// Puts a finished node into the collection open around it, or makes it the root.
    private mutating func add(_ node: YAMLNode) throws {
        guard !stack.isEmpty else { root = node; return }
        let top = stack.count - 1
        guard stack[top].isMapping else { stack[top].items.append(node); return }
        if let key = stack[top].key {
            stack[top].pairs.append((key, node))
            stack[top].key = nil
            return
        }
        if case .scalar(let text, _) = node.content {
            if let first = stack[top].keys[text] {
                throw KnowledgeError(reader.diagnostic(node, "key '\(text)' is given more than once in the same mapping",
                                                       notes: ["first given at \(reader.location(first))"]))
            }
            stack[top].keys[text] = node
        }
        stack[top].key = node
    }

    private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
