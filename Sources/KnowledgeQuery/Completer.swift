import Foundation
import KnowledgeGraph

/// Tab-completion candidates for a query being typed, from the schema and the executor's store.
///
/// It looks at the tokens before the word under the cursor to tell what is expected there:
/// a kind or command at the start, a field after `where`/`and`/`or`/`not`/`has`/`by`, a value
/// that occurs after `FIELD=`, a relation after `->`/`<-`, an entity after `show`, `why`, `path`,
/// `to`, …, and after a complete part only the words the grammar takes there (`depth` after
/// `neighbors ENTITY`, never `where`). Inside an open quote, names with spaces are offered too,
/// each closing the quote.
public struct Completer: Sendable {
    public let executor: any Executor

    public init(executor: any Executor) {
        self.executor = executor
    }

    private var schema: Schema { executor.schema }
    private var binder: Binder { executor.binder }

    /// Where the word being completed starts (in characters) and the words that can replace it.
    public func complete(_ line: String, cursor: Int) -> (replaceFrom: Int, candidates: [String]) {
        let characters = Array(line.prefix(max(0, cursor)))
        if let quote = Self.openQuote(in: characters) {
            let start = quote + 1
            let partial = String(characters[start...])
            let before = String(characters[..<quote])
            guard let tokens = try? Tokenizer(before).tokens().dropLast() else { return (start, []) }
            let closer = characters[quote]
            let words = candidates(after: Array(tokens), before: before, partial: partial, quoted: true)
                .filter { $0.lowercased().hasPrefix(partial.lowercased()) }
            var seen: Set<String> = []
            return (start, words.filter { seen.insert($0.lowercased()).inserted }.map { Self.escaped($0, in: closer) + String(closer) }.sorted())
        }
        var start = characters.count
        while start > 0, Tokenizer.isWordCharacter(characters[start - 1]) || characters[start - 1] == "!" { start -= 1 }
        var partial = String(characters[start...])
        if let arrow = partial.range(of: "->") { start += partial.distance(from: partial.startIndex, to: arrow.upperBound); partial = String(partial[arrow.upperBound...]) }
        let before = String(characters[..<start])
        guard let tokens = try? Tokenizer(before).tokens().dropLast() else { return (start, []) }
        let words = candidates(after: Array(tokens), before: before, partial: partial, quoted: false)
        var seen: Set<String> = []
        // Words that differ only in case (`registher`, `RegistHER`) are one candidate: the one
        // that keeps what was typed, so a unique completion is not blocked by case.
        let exact = words.filter { $0.hasPrefix(partial) }
        let matching = (exact + words).filter { $0.lowercased().hasPrefix(partial.lowercased()) && seen.insert($0.lowercased()).inserted }
        return (start, matching.sorted())
    }

    /// Where the string still open at the end of `characters` starts, if one is: its quote's index.
    static func openQuote(in characters: [Character]) -> Int? {
        var open: Int?
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if let start = open {
                if character == "\\" {
                    index += 1
                } else if character == characters[start] {
                    open = nil
                }
            } else if character == "\"" || character == "'" {
                open = index
            } else if character == "#" {
                return nil
            }
            index += 1
        }
        return open
    }

    /// `word` as it is written inside a string closed by `quote`.
    static func escaped(_ word: String, in quote: Character) -> String {
        var text = ""
        for character in word {
            if character == "\\" || character == quote { text.append("\\") }
            text.append(character)
        }
        return text
    }

    private func candidates(after tokens: [Token], before: String, partial: String, quoted: Bool) -> [String] {
        guard let last = tokens.last else {
            return Parser.commandWords + schema.kinds.map(\.plural) + ["entities", "statements"] + entityWords(partial, quoted: quoted)
        }
        let word = last.kind == .word ? last.text.lowercased() : ""
        switch last.kind {
        case .arrowOut, .arrowIn:
            let kinds = self.kinds(of: String(before[..<before.index(before.startIndex, offsetBy: last.span.lowerBound)]))
            return binder.validSteps(from: kinds, arrow: last.kind == .arrowOut ? .forward : .backward)
        case .equal, .notEqual, .contains:
            guard tokens.count >= 2, tokens[tokens.count - 2].kind == .word else { return [] }
            return values(of: tokens[tokens.count - 2].text, tokens: Array(tokens.dropLast(2)), before: before, partial: partial, quoted: quoted)
        case .comma:
            return fieldCandidates(partial, kinds: Set(schema.kinds.map(\.name)))
        case .leftParen:
            return whereQuery(tokens, before).map { fieldCandidates(partial, kinds: kinds(of: $0)) } ?? []
        default:
            break
        }
        let listsStatements = tokens.contains { $0.kind == .word && Binder.statementWords.contains($0.text.lowercased()) }
        if listsStatements, ["where", "and", "or", "not", "has", "by"].contains(word) { return StatementField.names }
        switch word {
        case "where", "and", "or", "not", "has", "by":
            let kinds = whereQuery(tokens, before).map { self.kinds(of: $0) } ?? Set(schema.kinds.map(\.name))
            return fieldCandidates(partial, kinds: kinds)
        case "select":
            return fieldCandidates(partial, kinds: Set(schema.kinds.map(\.name)))
        case "show", "neighbors", "neighbours", "why", "path", "to":
            guard tokens.count == 1 || word == "to" else { break }
            return entityWords(partial, quoted: quoted)
        case "count", "from":
            return schema.kinds.map(\.plural) + ["entities", "statements"] + entityWords(partial, quoted: quoted)
        case "schema":
            return tokens.count == 1 ? schema.kinds.map(\.name) + ["statements"] : []
        case "order":
            return ["by"]
        default:
            break
        }
        if tokens.count == 2, tokens[0].isKeyword("why") { return schema.relationWords }
        if tokens.count == 3, tokens[0].isKeyword("why") { return entityWords(partial, quoted: quoted) }
        return quoted ? [] : keywords(after: tokens)
    }

    /// The keywords the grammar takes after a complete part of a statement: `depth` after
    /// `neighbors ENTITY`, `to` after `path ENTITY`, nothing after `show ENTITY`, and after a query
    /// what may still follow in the parser's order (`where`, `order`, `limit`; `and`, `or` after a
    /// condition; `desc`, `asc` after `order by FIELD`).
    private func keywords(after tokens: [Token]) -> [String] {
        guard let first = tokens.first, first.kind == .word else { return Self.queryKeywords(after: tokens) }
        switch first.text.lowercased() {
        case "show", "why", "kinds", "relations", "sources", "conflicts", "schema": return []
        case "neighbors", "neighbours": return tokens.count == 2 ? ["depth"] : []
        case "path": return tokens.count == 2 ? ["to"] : []
        case "count": return Self.queryKeywords(after: Array(tokens.dropFirst()))
        case "select":
            guard let from = tokens.firstIndex(where: { $0.isKeyword("from") }) else { return ["from"] }
            return Self.queryKeywords(after: Array(tokens[(from + 1)...]))
        default: return Self.queryKeywords(after: tokens)
        }
    }

    /// What may follow the query in `tokens`, by the clause it ends in.
    static func queryKeywords(after tokens: [Token]) -> [String] {
        // For each open parenthesis, whether it holds a condition (rather than a query).
        var parentheses: [Bool] = []
        var inCondition = false
        var clause = ""
        var previous: Token?
        for token in tokens {
            switch token.kind {
            case .leftParen:
                let opensCondition = previous.map { ["where", "and", "or", "not"].contains($0.text.lowercased()) && $0.kind == .word } ?? false
                parentheses.append(inCondition)
                inCondition = opensCondition
            case .rightParen:
                inCondition = parentheses.popLast() ?? false
            case .arrowIn, .arrowOut:
                inCondition = false
            case .word:
                let word = token.text.lowercased()
                if word == "where" { inCondition = true }
                guard parentheses.isEmpty else { break }
                if word == "order" || word == "limit" { clause = word }
                if word == "desc" || word == "asc" { clause = "ordered" }
            default:
                break
            }
            previous = token
        }
        if !parentheses.isEmpty, inCondition { return ["and", "or"] }
        switch clause {
        case "limit": return []
        case "ordered": return ["limit"]
        case "order": return ["desc", "asc", "limit"]
        default: return (inCondition ? ["and", "or"] : []) + ["where", "order", "limit"]
        }
    }

    /// Ids, names and aliases that start with `partial` (ignoring case), from the name table:
    /// O(log n + k). Names with spaces only inside a quote, where they can be typed.
    private func entityWords(_ partial: String, quoted: Bool) -> [String] {
        executor.names(startingWith: partial, limit: .max).map(\.word).filter { quoted || !$0.contains(" ") }
    }

    /// Field names, or `path.field` names when the partial word already has a dot.
    private func fieldCandidates(_ partial: String, kinds start: Set<String>) -> [String] {
        var kinds = start
        let hops = partial.split(separator: ".", omittingEmptySubsequences: false).dropLast()
        for hop in hops {
            guard let (type, direction) = schema.relation(named: String(hop)) else { return [] }
            kinds = schema.kinds(reachedFrom: kinds, over: type, direction)
        }
        let prefix = hops.isEmpty ? "" : hops.joined(separator: ".") + "."
        return schema.fieldNames(for: kinds).map { prefix + $0 }
    }

    /// The values a field takes in the graph, for completion after `FIELD=` (an enumeration's
    /// other allowed values would find nothing, so they are not offered).
    private func values(of field: String, tokens: [Token], before: String, partial: String, quoted: Bool) -> [String] {
        let kinds = whereQuery(tokens, before).map { self.kinds(of: $0) } ?? Set(schema.kinds.map(\.name))
        var reached = kinds
        let segments = field.split(separator: ".").map(String.init)
        for hop in segments.dropLast() {
            guard let (type, direction) = schema.relation(named: hop) else { return [] }
            reached = schema.kinds(reachedFrom: reached, over: type, direction)
        }
        guard let last = segments.last else { return [] }
        if let (type, direction) = schema.relation(named: last) {
            let ends = schema.kinds(reachedFrom: reached, over: type, direction)
            return executor.names(startingWith: partial, limit: .max).filter { ends.contains($0.kind) && $0.id == $0.word }.map(\.word)
        }
        var values: [String] = []
        for kind in schema.kinds where reached.contains(kind.name) {
            values += executor.values(ofAttribute: last, kind: kind.name).filter { quoted || !$0.contains(" ") }
        }
        return values
    }

    /// The query text before the `where` that starts the condition being typed, if any.
    private func whereQuery(_ tokens: [Token], _ before: String) -> String? {
        var depth = 0
        for token in tokens.reversed() {
            if token.kind == .rightParen { depth += 1 }
            if token.kind == .leftParen { depth = max(0, depth - 1) }
            if depth == 0, token.isKeyword("where") {
                return String(before.prefix(token.span.lowerBound))
            }
            // `QUERY order by FIELD`: the fields of the query before `order`.
            if depth == 0, token.isKeyword("by"), let order = tokens.last(where: { $0.isKeyword("order") && $0.span.upperBound <= token.span.lowerBound }) {
                return String(before.prefix(order.span.lowerBound))
            }
        }
        return nil
    }

    /// The kinds a (possibly partial) query yields; every kind when it cannot be evaluated.
    private func kinds(of query: String) -> Set<String> {
        var text = query.trimmed(.whitespace)
        if text.lowercased().hasPrefix("count ") { text = String(text.dropFirst(6)) }
        if let range = text.range(of: " from ", options: [.caseInsensitive, .backwards]), text.lowercased().hasPrefix("select ") {
            text = String(text[range.upperBound...])
        }
        guard case .query(let parsed)? = try? Parser.parse(text), let kinds = try? binder.kinds(of: parsed) else {
            return Set(schema.kinds.map(\.name))
        }
        return kinds
    }
}
