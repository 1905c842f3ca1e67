import KnowledgeGraph
import KnowledgeQuery
import KnowledgeStore
import Rendering

/// A copy of the knowledge made for one query exercise, on which a query that names the answer
/// finds something other than what the accepted query finds, while a query that finds the answer
/// finds what it does.
///
/// The copy renames each entity of the answer (unless the accepted query names it: that would
/// break the accepted query), so naming it by id, name or alias no longer works; adds a look-alike
/// of each (same kind, statements and quotes, new id and name), which the accepted query finds and
/// an id list does not; and adds look-alikes with one fact left out that the accepted query does not
/// find, which catch a query that matches the real knowledge only by chance. What the accepted query
/// finds on the copy is what the student's query must find there.
struct PerturbedKnowledge {
    /// Knowledge with more relation statements than this is not copied, so the check is skipped:
    /// copying it would keep the student waiting.
    static let maximumRelations = 200_000
    /// How many of the answer's entities get look-alikes.
    static let maximumCopied = 8
    /// How many look-alikes with one fact left out are tried, in all.
    static let maximumOmissions = 48

    let executor: GraphExecutor
    /// What the accepted query finds on the copy.
    let expected: ExerciseAnswer
    /// The look-alikes with one fact left out that the accepted query does not find, by id: what
    /// each is, for feedback (`feverlog-patients without its size`).
    let narrower: [String: String]

    /// The copy for the accepted query `accepted`, whose answer on `graph` is `answer`; nil when
    /// there is nothing to check (every entity of the answer is named by the accepted query) or when the copy changes what the
    /// accepted query means beyond the names (it no longer runs, or no longer finds a renamed entity).
    /// - Throws: `Interrupted` when `cancellation` stops it; a `KnowledgeError` if the copy cannot be built.
    init?(accepted: String, answer: ExerciseAnswer, graph: Graph, cancellation: Cancellation?) throws {
        let parsed = try? Parser.parse(accepted)
        let named = parsed.map(Self.names) ?? []
        var seen: Set<String> = []
        let found = answer.entities.filter { graph.position(of: $0) != nil && seen.insert($0).inserted }
        guard !found.isEmpty else { return nil }
        var fresh = FreshNames(graph: graph)
        var renamings: [GraphEdits.Renaming] = []
        for id in found {
            guard let position = graph.position(of: id), !Self.isNamed(graph.entity(at: position, quoted: false), by: named) else { continue }
            let (newID, name) = fresh.next("renamed")
            renamings.append(GraphEdits.Renaming(id: id, newID: newID, name: name))
        }
        // An entity the accepted query names is not copied: the accepted query would leave out its
        // look-alikes for their names, not for what they lack.
        let copied = renamings.map(\.id).prefix(Self.maximumCopied)
        guard !copied.isEmpty else { return nil }
        var whole: [GraphEdits.Copy] = [], lacking: [(copy: GraphEdits.Copy, description: String)] = []
        let perEntity = max(1, Self.maximumOmissions / copied.count)
        for id in copied {
            let (copyID, name) = fresh.next("look-alike")
            whole.append(GraphEdits.Copy(original: id, id: copyID, name: name))
            for (omission, description) in Self.facts(of: id, in: graph).prefix(perEntity) {
                let (lackingID, lackingName) = fresh.next("look-alike")
                lacking.append((GraphEdits.Copy(original: id, id: lackingID, name: lackingName, omitted: omission), description))
            }
        }
        var edits = GraphEdits(renamings: renamings, copies: whole + lacking.map(\.copy))
        guard var (executor, expected) = try Self.run(accepted, on: graph.edited(edits, cancellation: cancellation)) else { return nil }
        // Keep the look-alikes that tell a query that finds the answer from one that does not.
        let finds = Set(expected.entities)
        let kept = whole.filter { finds.contains($0.id) } + lacking.map(\.copy).filter { !finds.contains($0.id) }
        if kept.count != edits.copies.count {
            edits.copies = kept
            guard let rerun = try Self.run(accepted, on: graph.edited(edits, cancellation: cancellation)) else { return nil }
            (executor, expected) = rerun
        }
        let finding = Set(expected.entities)
        guard renamings.allSatisfy({ finding.contains($0.newID) }) else { return nil }
        let keptIDs = Set(kept.map(\.id))
        self.executor = executor
        self.expected = expected
        narrower = Dictionary(lacking.filter { keptIDs.contains($0.copy.id) && !finding.contains($0.copy.id) }.map { ($0.copy.id, $0.description) },
                              uniquingKeysWith: { first, _ in first })
    }

    /// What to tell a student whose query `statement` found the right rows on the real knowledge:
    /// nil when it finds on the copy what the accepted query finds there.
    func feedback(for statement: String) -> String? {
        let naming = "Right rows, but your query names the answer instead of finding it: on a copy of the knowledge with those entities renamed and look-alikes added, it "
        guard let result = try? executor.run(statement, detail: .values),
              let given = ExerciseAnswer(statement: statement, result: result, executor: executor) else {
            return naming + "does not run. Write a query that finds them."
        }
        guard given.feedback(against: expected) != nil else { return nil }
        let expectedIDs = Set(expected.entities)
        if let decoy = given.entities.first(where: { !expectedIDs.contains($0) && narrower[$0] != nil }), let description = narrower[decoy] {
            return "Right rows, but your query is too broad: it would also find an entry like \(TerminalText.escapeControlCharacters(description)). Ask for all the question asks."
        }
        return naming + "finds something else. Write a query that finds them."
    }

    /// The executor over `graph` and what `accepted` finds there, or nil when it does not run there.
    private static func run(_ accepted: String, on graph: Graph) throws -> (GraphExecutor, ExerciseAnswer)? {
        let executor = GraphExecutor(graph: graph)
        guard let result = try? executor.run(accepted, detail: .values),
              let answer = ExerciseAnswer(statement: accepted, result: result, executor: executor) else { return nil }
        return (executor, answer)
    }

    /// The facts of an entity a look-alike can leave out, each with how to say what the look-alike
    /// lacks: each attribute, then each relation, out and in, in graph order.
    private static func facts(of id: String, in graph: Graph) -> [(GraphEdits.Omission, String)] {
        guard let position = graph.position(of: id) else { return [] }
        var facts: [(GraphEdits.Omission, String)] = []
        var seen: Set<GraphEdits.Omission> = []
        for attribute in graph.entity(at: position, quoted: false).attributes where seen.insert(.attribute(attribute.name)).inserted {
            facts.append((.attribute(attribute.name), "\(id) without its \(attribute.name)"))
        }
        for direction in [Direction.outgoing, .incoming] {
            for index in graph.relationIndexes(at: position, direction) {
                let relation = graph.relation(at: index, quoted: false)
                let outgoing = direction == .outgoing
                let omission = GraphEdits.Omission.relation(relation.type, other: outgoing ? relation.object : relation.subject, outgoing: outgoing)
                guard seen.insert(omission).inserted else { continue }
                facts.append((omission, "\(id) without '\(relation.subject) \(relation.type) \(relation.object)'"))
            }
        }
        return facts
    }

    /// A text the accepted query names an entity by, and whether it is a `~` needle (contained in a
    /// name) rather than a whole name.
    private struct NamingText: Hashable {
        var text: String
        var contained: Bool
    }

    /// The texts a statement names entities by or compares fields with, lower-cased.
    private static func names(in statement: Statement) -> Set<NamingText> {
        func whole(_ names: Name...) -> Set<NamingText> { Set(names.map { NamingText(text: $0.text.lowercased(), contained: false) }) }
        switch statement {
        case .query(let query), .count(let query), .select(_, from: let query): return names(in: query)
        case .show(let name), .neighbors(let name, _), .why(let name), .whyField(let name, _): return whole(name)
        case .path(let from, let to): return whole(from, to)
        case .whyFact(let subject, _, let object): return whole(subject, object)
        case .explain(let inner): return names(in: inner)
        case .kinds, .relations, .schema, .sources, .conflicts: return []
        }
    }

    private static func names(in query: Query) -> Set<NamingText> {
        switch query {
        case .kind: return []
        case .entity(let name): return [NamingText(text: name.text.lowercased(), contained: false)]
        case .filter(let inner, let condition): return names(in: inner).union(names(in: condition))
        case .step(let inner, _, _), .order(let inner, _, _), .limit(let inner, _, _): return names(in: inner)
        }
    }

    private static func names(in condition: Condition) -> Set<NamingText> {
        switch condition {
        case .compare(_, let comparison, let value): return [NamingText(text: value.text.lowercased(), contained: comparison == .contains)]
        case .has: return []
        case .not(let inner): return names(in: inner)
        case .and(let left, let right), .or(let left, let right): return names(in: left).union(names(in: right))
        }
    }

    /// Whether one of `texts` names `entity`: equals its id, name, an alias or a cross-reference,
    /// or, for a `~` needle, is part of one.
    private static func isNamed(_ entity: Entity, by texts: Set<NamingText>) -> Bool {
        let words = ([entity.id, entity.name] + entity.aliases + entity.xrefs.flatMap { [$0.description, $0.value] }).map { $0.lowercased() }
        return texts.contains { text in
            !text.text.isEmpty && words.contains { text.contained ? $0.contains(text.text) : $0 == text.text }
        }
    }

    /// Ids and names that no entity of the graph answers to, numbered in turn.
    private struct FreshNames {
        let graph: Graph
        var count = 0

        /// `renamed-3` and `renamed 3`, say, or with a higher number when those are taken.
        mutating func next(_ stem: String) -> (id: String, name: String) {
            while true {
                count += 1
                let id = "\(stem)-\(count)", name = "\(stem) \(count)"
                if graph.positions(named: id).isEmpty, graph.positions(named: name).isEmpty { return (id, name) }
            }
        }
    }
}
