import Foundation
internal import Yams

/// Reads a YAML file into Yams nodes and turns every structural problem into a `Diagnostic`
/// that points at the offending node, with the source line for the caret.
public struct YAMLReader: Sendable {
    /// The file name used in diagnostics.
    public let file: String
    private let lines: [String]

    public init(file: String, text: String) {
        self.file = file
        self.lines = Self.lines(of: text).map(String.init)
    }

    /// Parses the text given at `init`; a syntax error becomes a located diagnostic.
    public func parse(_ text: String) throws -> YAMLNode? {
        if let (line, column) = Self.excessiveNesting(text) {
            throw KnowledgeError(diagnostic(at: SourceLocation(file: file, line: line, column: column),
                                            "YAML nested more than \(Self.maximumDepth) levels deep"))
        }
        do {
            return try Yams.compose(yaml: text, Resolver.basic).map(Self.convert)
        } catch let error as YamlError {
            throw KnowledgeError(diagnostic(for: error))
        }
    }

    /// How deeply YAML may nest; the library parses recursively, so deeper input is refused up front.
    public static let maximumDepth = 64

    /// Where the YAML first nests deeper than `maximumDepth`, if anywhere: block collections
    /// (counted by indentation and by `- ` indicators) plus open flow brackets.
    /// A cheap scan before parsing, so it can be fooled by brackets inside quoted text; it only
    /// has to keep input well away from the depth at which recursive parsing would crash.
    private static func excessiveNesting(_ text: String) -> (Int, Int)? {
        var flow = 0
        var blocks: [Int] = []  // the indentation columns of the enclosing block collections
        for (index, lineText) in lines(of: text).enumerated() {
            let scalars = Array(lineText.unicodeScalars)
            if flow == 0 {
                var column = 0
                while column < scalars.count, scalars[column] == " " { column += 1 }
                if column < scalars.count, scalars[column] != "#" {
                    while let last = blocks.last, last >= column { blocks.removeLast() }
                    blocks.append(column)
                    // `- - x` opens one sequence inside another on the same line.
                    while column + 1 < scalars.count, scalars[column] == "-", scalars[column + 1] == " " {
                        column += 2
                        while column < scalars.count, scalars[column] == " " { column += 1 }
                        blocks.append(column)
                        if blocks.count > maximumDepth { return (index + 1, column + 1) }
                    }
                    if blocks.count > maximumDepth { return (index + 1, column + 1) }
                }
            }
            for (offset, scalar) in scalars.enumerated() {
                switch scalar {
                case "[", "{": flow += 1
                case "]", "}": flow = max(0, flow - 1)
                default: continue
                }
                if flow + blocks.count > maximumDepth { return (index + 1, offset + 1) }
            }
        }
        return nil
    }

    /// The lines of `text`, split where libyaml counts a line break: LF, CR LF or CR.
    /// (A String holds CR LF as one `Character`, so splitting on "\n" alone would miss it.)
    private static func lines(of text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
    }

    private static func convert(_ node: Node) -> YAMLNode {
        let line = node.mark?.line ?? 1, column = node.mark?.column ?? 1
        switch node {
        case .scalar(let scalar):
            return YAMLNode(content: .scalar(scalar.string, plain: scalar.style == Node.Scalar.Style.plain), line: line, column: column)
        case .mapping(let mapping):
            return YAMLNode(content: .mapping(mapping.map { (convert($0.key), convert($0.value)) }), line: line, column: column)
        case .sequence(let sequence):
            return YAMLNode(content: .sequence(sequence.map(convert)), line: line, column: column)
        case .alias(let alias):
            return YAMLNode(content: .scalar("*\(alias.anchor)", plain: true), line: line, column: column)
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

    /// Where a node is written, with its line, for diagnostics made later.
    public func spot(_ node: YAMLNode) -> Spot {
        let diagnostic = diagnostic(node, "")
        return Spot(location: location(node), line: diagnostic.sourceLine, length: diagnostic.length)
    }

    /// A diagnostic at an explicit location in this file.
    public func diagnostic(at location: SourceLocation, _ message: String, length: Int = 1, notes: [String] = []) -> Diagnostic {
        let line = (1...max(1, lines.count)).contains(location.line) && location.line <= lines.count ? lines[location.line - 1] : nil
        return Diagnostic(location: location, message: message, sourceLine: line, length: length, notes: notes)
    }

    /// The pairs of a mapping node, keys as text. Unknown keys are an error naming the likely intended key.
    public func mapping(_ node: YAMLNode, what: String, allowed: [String], required: [String] = []) throws -> [String: YAMLNode] {
        guard case .mapping(let mapping) = node.content else {
            throw KnowledgeError(diagnostic(node, "expected \(what) to be a mapping of keys to values"))
        }
        var result: [String: YAMLNode] = [:]
        for (keyNode, value) in mapping {
            let key = try scalar(keyNode, what: "a key")
            guard allowed.contains(key) else {
                throw KnowledgeError(diagnostic(keyNode, "unknown key '\(key)' in \(what)", notes: suggestionNote(key, allowed)))
            }
            result[key] = value
        }
        for key in required where result[key] == nil {
            throw KnowledgeError(diagnostic(node, "\(what) has no '\(key)'"))
        }
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
        if case .scalar(let text, let plain) = node.content, !text.contains("\n") { return max(1, text.count + (plain ? 0 : 2)) }
        return 1
    }

    private func diagnostic(for error: YamlError) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            // libyaml's context says what it was reading and where that began: "while scanning a quoted scalar".
            let notes = context.map { ["\($0.text) that starts at \(SourceLocation(file: file, line: $0.mark.line, column: $0.mark.column))"] } ?? []
            return diagnostic(at: SourceLocation(file: file, line: mark.line, column: mark.column), "YAML syntax error: \(problem)", notes: notes)
        case let .duplicatedKeysInMapping(duplicates, context):
            // Yams points at the first of the repeated keys.
            let keys = duplicates.sorted()
            let list = keys.map { "'\($0)'" }.joined(separator: ", ")
            return diagnostic(at: SourceLocation(file: file, line: context.mark.line, column: context.mark.column),
                              keys.count == 1 ? "key \(list) is given more than once in the same mapping; this is its first occurrence"
                                              : "keys \(list) are given more than once in the same mapping; this is the first occurrence of '\(keys[0])'",
                              length: keys.first?.unicodeScalars.count ?? 1)
        case let .reader(problem, offset, _, yaml):
            return diagnostic(at: Self.location(ofCharacter: offset ?? 0, in: yaml, file: file), "YAML syntax error: \(problem)")
        default:
            return diagnostic(at: SourceLocation(file: file, line: 1, column: 1), "YAML error: \(error)")
        }
    }
}

extension YAMLReader {
    /// The line and column (in Unicode scalars) of the character at `offset` in `text`.
    static func location(ofCharacter offset: Int, in text: String, file: String) -> SourceLocation {
        let end = text.index(text.startIndex, offsetBy: max(0, offset), limitedBy: text.endIndex) ?? text.endIndex
        var line = 1, column = 1
        for scalar in text.unicodeScalars[..<end] {
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}

private extension YAMLNode {
    var isMapping: Bool {
        if case .mapping = content { return true }
        return false
    }
}
