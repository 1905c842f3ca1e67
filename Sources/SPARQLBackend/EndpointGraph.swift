import KnowledgeGraph
import KnowledgeQuery

/// The endpoint as a `SearchGraph`: each level's relations, both ways, are read in one query
/// (batched) before the search walks them; nodes are entities, edges statement nodes.
struct EndpointGraph: SearchGraph {
    let run: Run
    private var out: [EntityRef: [(edge: String, other: EntityRef)]] = [:]
    private var into: [EntityRef: [(edge: String, other: EntityRef)]] = [:]
    private var steps: [String: (type: String, subject: String, object: String, hedge: String?, negated: Bool)] = [:]
    private var read: Set<EntityRef> = []

    init(run: Run) {
        self.run = run
    }

    mutating func prepare(_ frontier: [EntityRef]) throws {
        let pending = Array(Set(frontier).subtracting(read)).sorted()
        guard !pending.isEmpty else { return }
        read.formUnion(pending)
        struct Row { var node: String; var subject: EntityRef; var object: EntityRef; var order: Int }
        var rows: [Row] = []
        // The whole pattern in each branch, so that each starts from the level's nodes (see `Run.statementQuery`).
        let edge = """
            ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kx:order ?n ; kx:negated ?neg .
                \(run.vocabulary.typed("?s", "?sk")) \(run.vocabulary.typed("?o", "?ok")) OPTIONAL { ?st kx:hedge ?hedge }
            """
        for solution in try run.batched(pending.map(\.id), { batch in
            """
            SELECT ?st ?s ?sk ?p ?o ?ok ?n ?neg ?hedge WHERE {
              { \(run.values("?s", batch)) \(edge) }
              UNION { \(run.values("?o", batch)) \(edge) }
            }
            """
        }) {
            guard let node = solution["st"]?.text, let subject = run.ref(solution, "s", kind: "sk"), let object = run.ref(solution, "o", kind: "ok"),
                  case .iri(let predicate)? = solution["p"], let type = run.vocabulary.propertyName(predicate), let order = run.integer(solution["n"]),
                  steps[node] == nil else { continue }
            steps[node] = (type, subject.id, object.id, run.text(solution["hedge"]), run.boolean(solution["neg"]))
            rows.append(Row(node: node, subject: subject, object: object, order: order))
        }
        // Relation order: by subject in graph order, then the statement's place among the subject's.
        rows.sort { $0.subject == $1.subject ? $0.order < $1.order : $0.subject < $1.subject }
        let wanted = Set(pending)
        for row in rows {
            if wanted.contains(row.subject) { out[row.subject, default: []].append((row.node, row.object)) }
            if wanted.contains(row.object) { into[row.object, default: []].append((row.node, row.subject)) }
        }
    }

    func edges(_ node: EntityRef, _ direction: Direction) -> [(edge: String, other: EntityRef)] {
        (direction == .outgoing ? out[node] : into[node]) ?? []
    }

    func step(_ edge: String, from node: EntityRef, _ direction: Direction) -> PathStep {
        guard let step = steps[edge] else { return PathStep(from: node.id, relation: "", direction: direction, to: node.id) }
        return PathStep(from: node.id, relation: step.type, direction: direction, to: direction == .outgoing ? step.object : step.subject,
                        hedge: step.hedge, negated: step.negated)
    }
}
