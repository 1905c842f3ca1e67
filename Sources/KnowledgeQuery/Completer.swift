import Foundation
import KnowledgeGraph

/// Tab-completion candidates for a query being typed, from the schema and the graph.
///
/// It looks at the tokens before the word under the cursor to tell what is expected there:
/// a kind or command at the start, a field after `where`/`and`/`or`/`not`/`has`/`by`, a value
/// after `FIELD=`, a relation after `->`/`<-`, an entity after `show`, `why`, `path`, `to`, ….
public struct Completer: Sendable {
    public let graph: Graph

    public init(graph: Graph) {
        self.graph = graph
    }

    private var binder: Binder { Binder(schema: graph.schema, directory: graph) }

    /// Where the word being completed starts (in characters) and the words that can replace it.
    public func complete(_ line: String, cursor: Int) -> (replaceFrom: Int, candidates: [String]) {
        let characters = Array(line.prefix(max(0, cursor)))
        var start = characters.count
        while start > 0, Tokenizer.isWordCharacter(characters[start - 1]) || characters[start - 1] == "!" { start -= 1 }
        var partial = String(characters[start...])
        if let arrow = partial.range(of: "->") { start += partial.distance(from: partial.startIndex, to: arrow.upperBound); partial = String(partial[arrow.upperBound...]) }
        let before = String(characters[..<start])
        guard let tokens = try? Tokenizer(before).tokens().dropLast() else { return (start, []) }
        let words = candidates(after: Array(tokens), before: before, partial: partial)
        var seen: Set<String> = []
        // Words that differ only in case (`registher`, `RegistHER`) are one candidate: the one
        // that keeps what was typed, so a unique completion is not blocked by case.
        let exact = words.filter { $0.hasPrefix(partial) }
        let matching = (exact + words).filter { $0.lowercased().hasPrefix(partial.lowercased()) && seen.insert($0.lowercased()).inserted }
        return (start, matching.sorted())
    }

    private func candidates(after tokens: [Token], before: String, partial: String) -> [String] {
        guard let last = tokens.last else {
            return Parser.commandWords + graph.schema.kinds.map(\.plural) + ["entities", "statements"] + entityWords(partial)
        }
        let word = last.kind == .word ? last.text.lowercased() : ""
        switch last.kind {
        case .arrowOut, .arrowIn:
            let kinds = self.kinds(of: String(before[..<before.index(before.startIndex, offsetBy: last.span.lowerBound)]))
            return binder.validSteps(from: kinds, arrow: last.kind == .arrowOut ? .forward : .backward)
        case .equal, .notEqual, .contains:
            guard tokens.count >= 2, tokens[tokens.count - 2].kind == .word else { return [] }
            return values(of: tokens[tokens.count - 2].text, tokens: Array(tokens.dropLast(2)), before: before, partial: partial)
        case .comma:
            return fieldCandidates(partial, kinds: Set(graph.schema.kinds.map(\.name)))
        case .leftParen:
            return whereQuery(tokens, before).map { fieldCandidates(partial, kinds: kinds(of: $0)) } ?? []
        default:
            break
        }
        let listsStatements = tokens.contains { $0.kind == .word && Binder.statementWords.contains($0.text.lowercased()) }
        if listsStatements, ["where", "and", "or", "not", "has", "by"].contains(word) { return StatementField.names }
        switch word {
        case "where", "and", "or", "not", "has", "by":
            let kinds = whereQuery(tokens, before).map { self.kinds(of: $0) } ?? Set(graph.schema.kinds.map(\.name))
            return fieldCandidates(partial, kinds: kinds)
        case "select":
            return fieldCandidates(partial, kinds: Set(graph.schema.kinds.map(\.name)))
        case "show", "neighbors", "why", "path", "to":
            return entityWords(partial)
        case "count", "from":
            return graph.schema.kinds.map(\.plural) + ["entities", "statements"] + entityWords(partial)
        case "schema":
            return graph.schema.kinds.map(\.name) + ["statements"]
        case "order":
            return ["by"]
        default:
            if tokens.count == 2, tokens[0].isKeyword("why") { return graph.schema.relationWords }
            if tokens.count == 3, tokens[0].isKeyword("why") { return entityWords(partial) }
            return ["where", "order", "limit"]
        }
    }

    /// Ids, one-word names and aliases that start with `partial` (ignoring case), from the name table: O(log n + k).
    private func entityWords(_ partial: String) -> [String] {
        graph.words(startingWith: partial).map(\.word).filter { !$0.contains(" ") }
    }

    /// Field names, or `path.field` names when the partial word already has a dot.
    private func fieldCandidates(_ partial: String, kinds start: Set<String>) -> [String] {
        var kinds = start
        let hops = partial.split(separator: ".", omittingEmptySubsequences: false).dropLast()
        for hop in hops {
            guard let (type, direction) = graph.schema.relation(named: String(hop)) else { return [] }
            kinds = graph.schema.kinds(reachedFrom: kinds, over: type, direction)
        }
        let prefix = hops.isEmpty ? "" : hops.joined(separator: ".") + "."
        return graph.schema.fieldNames(for: kinds).map { prefix + $0 }
    }

    /// The values a field takes, for completion after `FIELD=`.
    private func values(of field: String, tokens: [Token], before: String, partial: String) -> [String] {
        let kinds = whereQuery(tokens, before).map { self.kinds(of: $0) } ?? Set(graph.schema.kinds.map(\.name))
        var reached = kinds
        let segments = field.split(separator: ".").map(String.init)
        for hop in segments.dropLast() {
            guard let (type, direction) = graph.schema.relation(named: hop) else { return [] }
            reached = graph.schema.kinds(reachedFrom: reached, over: type, direction)
        }
        guard let last = segments.last else { return [] }
        if let (type, direction) = graph.schema.relation(named: last) {
            let ends = graph.schema.kinds(reachedFrom: reached, over: type, direction)
            return graph.words(startingWith: partial).filter { ends.contains(graph.kind(at: $0.position)) && graph.id(at: $0.position) == $0.word }.map(\.word)
        }
        var values: [String] = []
        for kind in graph.schema.kinds where reached.contains(kind.name) {
            values += graph.values(ofAttribute: last, kind: kind.name).filter { !$0.contains(" ") }
            if case .enumeration(let allowed)? = kind.attribute(last)?.type { values += allowed }
        }
        return values
    }

    /// The query text before the `where` that starts the condition being typed, if any.
    private func whereQuery(_ tokens: [Token], _ before: String) -> String? {
        var depth = 0
        for token in tokens.reversed() {
            if token.kind == .rightParen { depth += 1 }
            if token.kind == .leftParen { depth = max(0, depth - 1) }
            if depth == 0, token.isKeyword("where") || token.isKeyword("by") {
                return String(before.prefix(token.span.lowerBound))
            }
        }
        return nil
    }

    /// The kinds a (possibly partial) query yields; every kind when it cannot be evaluated.
    private func kinds(of query: String) -> Set<String> {
        var text = query.trimmingCharacters(in: .whitespaces)
        if text.lowercased().hasPrefix("count ") { text = String(text.dropFirst(6)) }
        if let range = text.range(of: " from ", options: [.caseInsensitive, .backwards]), text.lowercased().hasPrefix("select ") {
            text = String(text[range.upperBound...])
        }
        guard case .query(let parsed)? = try? Parser.parse(text), let kinds = try? binder.kinds(of: parsed) else {
            return Set(graph.schema.kinds.map(\.name))
        }
        return kinds
    }
}
