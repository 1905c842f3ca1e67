import KnowledgeGraph
import KnowledgeStore
import XCTest
@testable import KnowledgeQuery

/// The indexes are only a shortcut: filtering and traversal give the same answers as a full scan.
final class IndexedEvaluationTests: XCTestCase {
    private var evaluator: GraphExecutor!

    override func setUpWithError() throws {
        evaluator = try FixtureGraph.greyFever.evaluator()
    }

    /// Every attribute value of every kind, looked up by equality, against a scan of the kind's entities:
    /// an entity matches when any source plainly asserts the value.
    func testAttributeEqualityMatchesAScan() throws {
        XCTAssertGreaterThan(try attributeEqualityChecks(evaluator), 60)
        XCTAssertGreaterThan(try attributeEqualityChecks(FixtureGraph.literature.evaluator()), 60)
    }

    private func attributeEqualityChecks(_ evaluator: GraphExecutor) throws -> Int {
        let graph = evaluator.graph
        var checked = 0
        for kind in graph.schema.kinds {
            for attribute in kind.attributes {
                var values = Set(graph.values(ofAttribute: attribute.name, kind: kind.name))
                if case .enumeration(let allowed) = attribute.type { values.formUnion(allowed) }
                for value in values.sorted() {
                    let quoted = "\"" + value.uppercased().replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
                    let expected = graph.entities.filter { entity in
                        guard entity.kind == kind.name else { return false }
                        return entity.statements(of: attribute.name).contains { found in
                            guard found.qualifiers.isAsserted else { return false }
                            if case .number(let number) = found.value { return Double(value) == number }
                            return found.value.description.lowercased() == value.lowercased()
                        }
                    }.map(\.id)
                    XCTAssertEqual(try evaluator.ids("\(kind.plural) where \(attribute.name) = \(quoted)"), expected, "\(kind.plural) \(attribute.name)=\(value)")
                    checked += 1
                }
            }
        }
        return checked
    }

    /// Every relation step from every kind, against a scan of the plainly asserted relations.
    func testTraversalMatchesAScan() throws {
        XCTAssertGreaterThan(try traversalChecks(evaluator), 40)
        XCTAssertGreaterThan(try traversalChecks(FixtureGraph.literature.evaluator()), 40)
    }

    private func traversalChecks(_ evaluator: GraphExecutor) throws -> Int {
        let graph = evaluator.graph
        var checked = 0
        for kind in graph.schema.kinds {
            for type in graph.schema.relations {
                for (name, arrow, direction) in [(type.name, "->", Direction.outgoing), (type.inverse, "->", .incoming),
                                                 (type.name, "<-", .incoming), (type.inverse, "<-", .outgoing)] {
                    let start = direction == .outgoing ? type.domain : type.range
                    guard start.contains(kind.name) else { continue }
                    let ids = Set(graph.entities(ofKind: kind.name).map(\.id))
                    let reached = Set(graph.relations.filter { $0.type == type.name && $0.qualifiers.isAsserted }.compactMap { relation -> String? in
                        direction == .outgoing ? (ids.contains(relation.subject) ? relation.object : nil)
                                               : (ids.contains(relation.object) ? relation.subject : nil)
                    })
                    let expected = graph.entities.filter { reached.contains($0.id) }.map(\.id)
                    XCTAssertEqual(try evaluator.ids("\(kind.plural) \(arrow) \(name)"), expected, "\(kind.plural) \(arrow) \(name)")
                    checked += 1
                }
            }
        }
        return checked
    }

    /// Thousands of generated conditions: the indexed filter equals the predicate applied to every entity,
    /// and the index candidates never leave out a match.
    func testGeneratedConditionsMatchAFullScan() throws {
        XCTAssertGreaterThan(try generatedConditionChecks(evaluator, seed: 2011, sources: ["zorvamab <- uses", "questions -> concerns", "feverlog"]), 2_000)
        // Two sources that disagree: entities with several asserted values of one attribute, and hedged or denied statements.
        XCTAssertGreaterThan(try generatedConditionChecks(FixtureGraph.literature.evaluator(), seed: 2019,
                                                          sources: ["velostatin <- uses", "trials -> tests", "trial-a", "velo-a-study"]), 2_000)
    }

    private func generatedConditionChecks(_ evaluator: GraphExecutor, seed: UInt64, sources extra: [String]) throws -> Int {
        let graph = evaluator.graph
        var random = SeededGenerator(seed: seed)
        let sources = graph.schema.kinds.map(\.plural) + ["entities"] + extra
        var evaluated = 0
        for _ in 0..<3_000 {
            let source = random.pick(sources, or: "entities")
            let inner = try evaluator.binder.bind(try XCTUnwrap(Self.query(try Parser.parse(source))))
            let (entities, kinds) = try evaluator.evaluate(inner)
            let text = condition(for: kinds, in: graph, depth: 0, random: &random)
            guard let query = Self.query(try Parser.parse("\(source) where \(text)")) else {
                XCTFail("generated an unparsable condition: \(text)")
                continue
            }
            let plan: QueryPlan
            do {
                plan = try evaluator.binder.bind(query)
            } catch is QueryError {
                continue // e.g. a value outside an enumeration
            }
            guard case .filter(let predicate)? = plan.stages.last else {
                XCTFail("no filter in the plan of \(source) where \(text)")
                continue
            }
            let expected = entities.filter(evaluator.predicate(predicate)).map(graph.id(at:))
            let indexed = try evaluator.evaluate(plan).positions.map(graph.id(at:))
            XCTAssertEqual(indexed, expected, "\(source) where \(text)")
            if let candidates = try evaluator.candidates(predicate) {
                XCTAssertTrue(Set(expected).isSubset(of: candidates.map(graph.id(at:))), "candidates miss matches: \(source) where \(text)")
            }
            evaluated += 1
        }
        return evaluated
    }

    private static func query(_ statement: Statement) -> Query? {
        if case .query(let query) = statement { return query }
        return nil
    }

    /// A random condition over fields valid for `kinds`, with values that occur and some that do not.
    private func condition(for kinds: Set<String>, in graph: Graph, depth: Int, random: inout SeededGenerator) -> String {
        if depth < 3, random.chance(0.35) {
            let left = condition(for: kinds, in: graph, depth: depth + 1, random: &random)
            let right = condition(for: kinds, in: graph, depth: depth + 1, random: &random)
            switch Int.random(in: 0..<4, using: &random) {
            case 0: return "\(left) and \(right)"
            case 1: return "\(left) or \(right)"
            case 2: return "not (\(left))"
            default: return "(\(left) or \(right)) and \(condition(for: kinds, in: graph, depth: depth + 1, random: &random))"
            }
        }
        let fields = graph.schema.fieldNames(for: kinds)
        let field = random.pick(fields, or: "id")
        if random.chance(0.1) { return "has \(field)" }
        let value = self.value(for: field, kinds: kinds, in: graph, random: &random)
        let ordered = graph.schema.kinds.contains { kinds.contains($0.name) && [.number, .date].contains($0.attribute(field)?.type) }
        if ordered, random.chance(0.5) {
            let bound = random.pick(["1", "2", "2.5", "7", "10", "24", "2010", "2011", "2011-09", "2011-10-01", "2012", "2019-06", "2022"], or: "2")
            return "\(field) \(random.pick(["<", "<=", ">", ">="], or: "<")) \(bound)"
        }
        let operators = ["=", "=", "=", "==", "!=", "<>", "~"]
        return "\(field) \(random.pick(operators, or: "=")) \(value)"
    }

    /// A quoted value for `field`: one it takes, an entity name or alias, or a near miss, in random case.
    private func value(for field: String, kinds: Set<String>, in graph: Graph, random: inout SeededGenerator) -> String {
        var pool: [String] = []
        for kind in graph.schema.kinds where kinds.contains(kind.name) {
            pool += graph.values(ofAttribute: field, kind: kind.name)
            if case .enumeration(let allowed)? = kind.attribute(field)?.type { pool += allowed }
        }
        if graph.schema.relation(named: field) != nil || ["id", "name", "aliases", "kind", "xrefs"].contains(field) {
            pool += graph.entities.flatMap { [$0.id, $0.name, $0.kind] + $0.aliases + $0.xrefs.map(\.description) }
        }
        var value = random.pick(pool, or: "x")
        if random.chance(0.1) { value = String(value.dropLast()) }
        if random.chance(0.3) { value = value.uppercased() }
        if random.chance(0.05) { value = "2.0" }
        return "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    // MARK: against a reference evaluator

    /// Generated queries with steps, dotted paths and `and`, `or`, `not`: the planned, set-at-a-time
    /// evaluator (indexes, paths walked backwards, steps as unions) agrees with a reference that reads
    /// one entity at a time.
    func testGeneratedQueriesMatchAReferenceEvaluator() throws {
        XCTAssertGreaterThan(try referenceChecks(evaluator, seed: 9), 1_200)
        XCTAssertGreaterThan(try referenceChecks(FixtureGraph.literature.evaluator(), seed: 2022), 1_200)
    }

    private func referenceChecks(_ evaluator: GraphExecutor, seed: UInt64) throws -> Int {
        let graph = evaluator.graph
        let reference = ReferenceEvaluator(graph: graph)
        var random = SeededGenerator(seed: seed)
        let named = graph.entities.map(\.id).filter { graph.positions(named: $0).count == 1 }
        let sources = graph.schema.kinds.map(\.plural) + ["entities", "entities"] + named
        var checked = 0
        for _ in 0..<1_500 {
            let source = random.pick(sources, or: "entities")
            var kinds = source == "entities" ? Set(graph.schema.kinds.map(\.name))
                : graph.schema.kind(named: source).map { [$0.name] } ?? Set(graph.entities(named: source).map(\.kind))
            var operations: [ReferenceEvaluator.Operation] = []
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                if random.chance(0.4), let (step, reached) = self.step(from: kinds, in: graph, random: &random) {
                    operations.append(step)
                    kinds = reached
                } else {
                    operations.append(.filter(condition(for: kinds, reference: reference, depth: 0, random: &random)))
                }
            }
            let query = ReferenceEvaluator.Query(source: source, operations: operations)
            let actual: [String]
            do {
                actual = try evaluator.ids(query.text)
            } catch is QueryError {
                continue // a near-miss value outside an enumeration
            }
            XCTAssertEqual(actual, reference.ids(query), query.text)
            checked += 1
        }
        return checked
    }

    /// A random relation step that can follow from `kinds`, with the kinds it reaches.
    private func step(from kinds: Set<String>, in graph: Graph, random: inout SeededGenerator) -> (ReferenceEvaluator.Operation, Set<String>)? {
        let hops = self.hops(from: kinds, in: graph)
        guard let hop = hops.randomElement(using: &random) else { return nil }
        // `<- name` walks the relation `-> name` walks, backwards.
        let forward = random.chance(0.5)
        let (name, direction) = forward ? (hop.name, hop.direction) : (hop.reverseName, hop.direction)
        return (.step(name: name, forward: forward, type: hop.type, direction: direction), hop.reached)
    }

    /// Every relation name that can be followed from `kinds`, the direction it walks, the kinds it reaches,
    /// and the name that walks the same way after `<-`.
    private func hops(from kinds: Set<String>, in graph: Graph) -> [(name: String, reverseName: String, type: String, direction: Direction, reached: Set<String>)] {
        graph.schema.relations.flatMap { type in
            var hops: [(name: String, reverseName: String, type: String, direction: Direction, reached: Set<String>)] = []
            if !kinds.isDisjoint(with: type.domain) { hops.append((type.name, type.inverse, type.name, .outgoing, Set(type.range))) }
            if !kinds.isDisjoint(with: type.range) { hops.append((type.inverse, type.name, type.name, .incoming, Set(type.domain))) }
            return hops
        }
    }

    private func condition(for kinds: Set<String>, reference: ReferenceEvaluator, depth: Int, random: inout SeededGenerator) -> ReferenceEvaluator.Condition {
        if depth < 3, random.chance(0.35) {
            let left = condition(for: kinds, reference: reference, depth: depth + 1, random: &random)
            switch Int.random(in: 0..<3, using: &random) {
            case 0: return .and(left, condition(for: kinds, reference: reference, depth: depth + 1, random: &random))
            case 1: return .or(left, condition(for: kinds, reference: reference, depth: depth + 1, random: &random))
            default: return .not(left)
            }
        }
        let graph = reference.graph
        let (field, types) = self.field(for: kinds, in: graph, random: &random)
        if random.chance(0.1) { return .has(field) }
        if !types.isEmpty, types.allSatisfy({ $0 == .number }), random.chance(0.5) {
            return .compare(field, random.pick(["<", ">="], or: "<"), random.pick(["1", "2", "3", "7", "24"], or: "2"))
        }
        var pool: [String] = []
        for _ in 0..<6 {
            let position = Int.random(in: 0..<graph.entityCount, using: &random)
            pool += reference.values(of: position, along: field).flatMap(\.texts)
        }
        for case .enumeration(let allowed) in types { pool += allowed }
        var value = random.pick(pool, or: random.pick(graph.entities.map(\.name), or: "x"))
        let op = random.pick(["=", "=", "!=", "~"], or: "=")
        if op == "~" { value = String(value.prefix(3)) }
        if random.chance(0.1) { value = String(value.dropLast()) }
        if random.chance(0.3) { value = value.uppercased() }
        return .compare(field, op, value)
    }

    /// A random field valid for `kinds` (at most two relations deep), with the attribute types its last field can have.
    private func field(for kinds: Set<String>, in graph: Graph, random: inout SeededGenerator) -> (ReferenceEvaluator.Field, [AttributeType]) {
        var current = kinds
        var path: [(name: String, type: String, direction: Direction)] = []
        while path.count < 2, random.chance(0.3), let hop = hops(from: current, in: graph).randomElement(using: &random) {
            path.append((hop.name, hop.type, hop.direction))
            current = hop.reached
        }
        let builtins = ["id", "name", "kind", "aliases"]
        let attributes = graph.schema.kinds.filter { current.contains($0.name) }.flatMap(\.attributes).filter { !builtins.contains($0.name) }
        let relations = hops(from: current, in: graph)
        switch Int.random(in: 0..<10, using: &random) {
        case 0..<5 where !attributes.isEmpty:
            let name = random.pick(attributes, or: attributes[0]).name
            let types = graph.schema.kinds.filter { current.contains($0.name) }.compactMap { $0.attribute(name)?.type }
            return (ReferenceEvaluator.Field(hops: path, last: .attribute(name)), types)
        case 5..<8 where !relations.isEmpty:
            let relation = random.pick(relations, or: relations[0])
            return (ReferenceEvaluator.Field(hops: path, last: .relation(name: relation.name, type: relation.type, direction: relation.direction)), [])
        default:
            return (ReferenceEvaluator.Field(hops: path, last: .builtin(random.pick(builtins, or: "id"))), [])
        }
    }
}
