import KnowledgeGraph

/// Parses one statement of the query language into a `Statement` (grammar in docs/language.md).
///
/// A recursive-descent parser over `Tokenizer` tokens. Nesting and size are bounded
/// (`maximumDepth`, `maximumNodes`, `maximumLength`) so no input can exhaust the stack.
public struct Parser {
    public static let maximumLength = 10_000
    public static let maximumDepth = 48
    public static let maximumNodes = 256

    /// Words that start a command when they come first in a statement.
    public static let commandWords = ["count", "select", "show", "neighbors", "path", "why", "kinds", "relations", "schema", "sources", "conflicts", "explain"]
    /// Words with a meaning inside queries; an entity with such a name must be quoted.
    public static let keywords: Set<String> = ["where", "and", "or", "not", "has", "order", "by", "asc", "desc", "limit", "from", "to", "depth", "entities"]

    private var tokens: [Token]
    private var position = 0
    private var depth = 0
    private var nodes = 0

    /// Parses `text`; errors carry character offsets into it.
    public static func parse(_ text: String) throws -> Statement {
        if text.count > maximumLength {
            throw QueryError(span: maximumLength..<maximumLength + 1, message: "statement is longer than \(maximumLength) characters",
                             unclosed: firstUnclosedParenthesis(text))
        }
        var parser = Parser(tokens: try Tokenizer(text).tokens())
        let statement = try parser.statement()
        try parser.expectEnd()
        return statement
    }

    private init(tokens: [Token]) {
        self.tokens = tokens
    }

    private var current: Token { tokens[position] }

    private mutating func advance() -> Token {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    private mutating func accept(_ keyword: String) -> Token? {
        current.isKeyword(keyword) ? advance() : nil
    }

    private mutating func accept(_ kind: Token.Kind) -> Token? {
        current.kind == kind ? advance() : nil
    }

    private func error(_ message: String, notes: [String] = [], unclosed: Range<Int>? = nil) -> QueryError {
        QueryError(span: current.span.isEmpty ? current.span.lowerBound..<current.span.lowerBound + 1 : current.span, message: message, notes: notes,
                   unclosed: unclosed)
    }

    private mutating func expectEnd() throws {
        guard current.kind == .end else {
            var notes: [String] = []
            if current.kind == .word, Parser.keywords.contains(current.text.lowercased()) {
                notes = ["a query goes: QUERY where CONDITION order by FIELD limit N"]
            } else if current.kind == .word, let close = Suggestion.closestKeyword(current.text) {
                notes = ["did you mean '\(close)'?"]
            } else if current.text.hasPrefix("--") {
                notes = ["options such as --format go on kx's command line; at the prompt, the dot-commands set them (.format, .links)"]
            }
            throw error("unexpected \(current.display) after a complete statement", notes: notes)
        }
    }

    /// Where the first `(` that is never closed is (outside strings and `#` comments), in one pass;
    /// nil when every one is closed.
    static func firstUnclosedParenthesis(_ text: String) -> Range<Int>? {
        var open: [Int] = []
        var quote: Character?
        var escaped = false
        var inComment = false
        for (offset, character) in text.enumerated() {
            if inComment {
                inComment = !character.isNewline
            } else if let closing = quote {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == closing { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#" {
                inComment = true
            } else if character == "(" {
                open.append(offset)
            } else if character == ")" {
                _ = open.popLast()
            }
        }
        return open.first.map { $0..<$0 + 1 }
    }

    /// Counts a syntax node against the size bound; `notes` say what counts when it is exceeded.
    private mutating func count(notes: [String] = []) throws {
        nodes += 1
        if nodes > Parser.maximumNodes { throw error("statement is too complex (more than \(Parser.maximumNodes) parts)", notes: notes) }
    }

    private mutating func nested<T>(_ body: (inout Parser) throws -> T) throws -> T {
        depth += 1
        defer { depth -= 1 }
        if depth > Parser.maximumDepth { throw error("statement is nested more than \(Parser.maximumDepth) levels deep") }
        return try body(&self)
    }

    // MARK: statements

    private mutating func statement() throws -> Statement {
        guard current.kind == .word else { return .query(try query()) }
        switch current.text.lowercased() {
        case "count":
            _ = advance()
            return .count(try query())
        case "select":
            _ = advance()
            let selected = ["each selected field is a part: select at most \(Parser.maximumNodes) fields"]
            try count(notes: selected)
            var fields = [try field()]
            while accept(.comma) != nil {
                try count(notes: selected)
                fields.append(try field())
            }
            guard accept("from") != nil else { throw error("expected 'from' and a query after the selected fields") }
            return .select(fields, from: try query())
        case "show":
            _ = advance()
            return .show(try entityName("show"))
        case "neighbors", "neighbours":
            _ = advance()
            let name = try entityName("neighbors")
            var depth = 1
            if accept("depth") != nil { depth = try number("depth", range: 1...6) }
            return .neighbors(name, depth: depth)
        case "path":
            _ = advance()
            let from = try entityName("path")
            guard accept("to") != nil else { throw error("expected 'to' and a second entity: path A to B") }
            return .path(from: from, to: try entityName("to"))
        case "why":
            _ = advance()
            let subject = try entityName("why")
            guard current.kind == .word || current.kind == .string, current.kind != .end else { return .why(subject) }
            let relation = try name("a relation or attribute name")
            guard current.kind == .word || current.kind == .string else { return .whyField(subject: subject, field: relation) }
            return .whyFact(subject: subject, relation: relation, object: try entityName(relation.text))
        case "kinds":
            _ = advance()
            return .kinds
        case "relations":
            _ = advance()
            return .relations
        case "schema":
            _ = advance()
            return .schema(current.kind == .end ? nil : try name("a kind"))
        case "sources":
            _ = advance()
            return .sources
        case "conflicts":
            _ = advance()
            return .conflicts
        case "explain":
            let word = advance()
            if current.kind == .word, current.text.lowercased() == "explain" { throw error("explain takes one statement, not another explain") }
            if current.kind == .end { throw QueryError(span: word.span, message: "expected a statement to explain after 'explain'", notes: ["such as: explain trials where status=planned"]) }
            return .explain(try statement())
        default:
            return .query(try query())
        }
    }

    // MARK: queries

    private mutating func query() throws -> Query {
        try nested { parser in
            var query = try parser.source()
            while true {
                try parser.count()
                if let arrow = parser.accept(.arrowOut) ?? parser.accept(.arrowIn) {
                    let relation = try parser.name("a relation name after '\(arrow.text)'")
                    query = .step(query, arrow: arrow.kind == .arrowOut ? .forward : .backward, relation: relation)
                } else if parser.accept("where") != nil {
                    query = .filter(query, try parser.condition())
                } else {
                    break
                }
            }
            if parser.accept("order") != nil {
                guard parser.accept("by") != nil else { throw parser.error("expected 'by' after 'order'") }
                let field = try parser.field()
                var descending = false
                if parser.accept("desc") != nil { descending = true } else { _ = parser.accept("asc") }
                query = .order(query, field, descending: descending)
            }
            if let limit = parser.accept("limit") {
                let start = limit.span.lowerBound
                let count = try parser.number("limit", range: 0...1_000_000)
                query = .limit(query, count, span: start..<parser.tokens[max(0, parser.position - 1)].span.upperBound)
            }
            return query
        }
    }

    private mutating func source() throws -> Query {
        if let open = accept(.leftParen)?.span {
            let inner = try query()
            guard accept(.rightParen) != nil else { throw error("expected ')' to close the query", unclosed: open) }
            return inner
        }
        switch current.kind {
        case .string:
            let token = advance()
            return .entity(Name(text: token.text, span: token.span, quoted: true))
        case .word:
            if Parser.keywords.contains(current.text.lowercased()), !current.isKeyword("entities") {
                throw error("expected a kind or an entity, found the keyword '\(current.text)'",
                            notes: ["quote it (\"\(current.text)\") if it is the name of an entity"])
            }
            let token = advance()
            return token.isKeyword("entities") ? .kind(Name(text: "entities", span: token.span)) : .entity(Name(text: token.text, span: token.span))
        default:
            throw error("expected a kind (such as 'trials') or an entity, found \(current.display)")
        }
    }

    // MARK: conditions

    private mutating func condition() throws -> Condition {
        try nested { parser in
            var condition = try parser.conjunct()
            while parser.accept("or") != nil {
                try parser.count()
                condition = .or(condition, try parser.conjunct())
            }
            return condition
        }
    }

    private mutating func conjunct() throws -> Condition {
        var condition = try negation()
        while accept("and") != nil {
            try count()
            condition = .and(condition, try negation())
        }
        return condition
    }

    private mutating func negation() throws -> Condition {
        try count()
        if accept("not") != nil {
            return try nested { .not(try $0.negation()) }
        }
        if let open = accept(.leftParen)?.span {
            let inner = try condition()
            guard accept(.rightParen) != nil else { throw error("expected ')' to close the condition", unclosed: open) }
            return inner
        }
        if accept("has") != nil {
            return .has(try field())
        }
        let path = try field()
        guard let comparison = Self.comparison(current.kind) else {
            throw error("expected an operator (=, !=, ~, <, <=, >, >=) after '\(path.text)', found \(current.display)")
        }
        _ = advance()
        guard current.kind == .word || current.kind == .string else {
            throw error("expected a value after '\(comparison.rawValue)', found \(current.display)")
        }
        if current.kind == .word, Parser.keywords.contains(current.text.lowercased()) {
            throw error("expected a value after '\(comparison.rawValue)', found the keyword '\(current.text)'",
                        notes: ["quote it (\"\(current.text)\") if it is the value"])
        }
        let token = advance()
        return .compare(path, comparison, Name(text: token.text, span: token.span, quoted: token.kind == .string))
    }

    // MARK: pieces

    private mutating func field() throws -> FieldPath {
        guard current.kind == .word, !Parser.keywords.contains(current.text.lowercased()) else {
            throw error("expected a field name, found \(current.display)", notes: current.kind == .string ? ["field names are not quoted"] : [])
        }
        let token = advance()
        var segments: [Name] = []
        var offset = token.span.lowerBound
        for part in token.text.split(separator: ".", omittingEmptySubsequences: false) {
            guard !part.isEmpty else {
                throw QueryError(span: offset..<offset + 1, message: "empty field name in '\(token.text)'")
            }
            segments.append(Name(text: String(part), span: offset..<offset + part.count))
            offset += part.count + 1
        }
        return FieldPath(segments: segments)
    }

    private mutating func name(_ what: String) throws -> Name {
        guard current.kind == .word || current.kind == .string else { throw error("expected \(what), found \(current.display)") }
        let token = advance()
        return Name(text: token.text, span: token.span, quoted: token.kind == .string)
    }

    /// An entity reference after the word `previous` (`show`, `to`, a relation name …).
    private mutating func entityName(_ previous: String) throws -> Name {
        guard current.kind == .word || current.kind == .string else {
            throw error("expected an entity after '\(previous)', found \(current.display)",
                        notes: ["an entity is an id, a name or an alias; a name with spaces goes in quotes (\"like this\")"])
        }
        let token = advance()
        return Name(text: token.text, span: token.span, quoted: token.kind == .string)
    }

    private mutating func number(_ what: String, range: ClosedRange<Int>) throws -> Int {
        // Digits too many for an `Int` still make a number, just one out of range.
        let digits = current.kind == .word && !current.text.isEmpty && current.text.allSatisfy { $0.isASCII && $0.isNumber }
        guard current.kind == .word, let value = Int(current.text) ?? (digits ? Int.max : nil) else {
            throw error("expected a whole number after '\(what)', found \(current.display)")
        }
        guard range.contains(value) else {
            throw error("\(what) must be between \(range.lowerBound) and \(range.upperBound)")
        }
        _ = advance()
        return value
    }
}

extension Parser {
    /// The comparison operator a token stands for, if it is one.
    static func comparison(_ kind: Token.Kind) -> ComparisonOperator? {
        switch kind {
        case .equal: return .equal
        case .notEqual: return .notEqual
        case .contains: return .contains
        case .less: return .less
        case .lessOrEqual: return .lessOrEqual
        case .greater: return .greater
        case .greaterOrEqual: return .greaterOrEqual
        default: return nil
        }
    }
}

extension Suggestion {
    /// The query keyword closest to a misspelt word, if any.
    static func closestKeyword(_ word: String) -> String? {
        closest(to: word, in: Parser.keywords.union(["->", "<-"]).filter { $0.count > 2 })
    }
}
