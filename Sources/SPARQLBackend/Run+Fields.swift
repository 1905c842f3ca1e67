import KnowledgeGraph
import KnowledgeQuery

/// Following a field from entities on the client, batch by batch, with the in-memory executor's
/// order: hops reach entities in graph order, attributes give their asserted values in statement order.
extension Run {
    /// The values `field` reaches from each entity, by id.
    func values(along field: BoundField, of refs: [EntityRef]) throws -> [String: [Reached]] {
        var current = Dictionary(firsts: refs.map { ($0.id, [$0.id]) })
        for hop in field.hops {
            let adjacency = try neighbors(of: Set(current.values.joined()), hop.type, hop.direction)
            current = current.mapValues { nodes in
                var seen: Set<String> = []
                return nodes.flatMap { adjacency[$0] ?? [] }.filter { seen.insert($0).inserted }
            }
        }
        let nodes = Set(current.values.joined())
        let reached: [String: [Reached]]
        switch field.last {
        case .attribute(let name):
            reached = try assertedValues(of: nodes, name)
        case .relation(let type, let direction):
            let adjacency = try neighbors(of: nodes, type, direction)
            let others = try entities(Set(adjacency.values.joined()).sorted().map { EntityRef(id: $0, kind: "") }, whole: false)
            let byID = Dictionary(firsts: others.map { ($0.id, $0) })
            reached = adjacency.mapValues { ids in ids.compactMap { byID[$0].map { Reached.entity(id: $0.id, name: $0.name, aliases: $0.aliases) } } }
        case .builtin(let builtin):
            let entities = try self.entities(nodes.sorted().map { EntityRef(id: $0, kind: "") }, whole: false)
            reached = Dictionary(firsts: entities.map { entity -> (String, [Reached]) in
                switch builtin {
                case .id: return (entity.id, [.text(entity.id)])
                case .name: return (entity.id, [.text(entity.name)])
                case .kind: return (entity.id, [.text(entity.kind)])
                case .aliases: return (entity.id, entity.aliases.map { .text($0) })
                case .xrefs: return (entity.id, entity.xrefs.map { .text($0.description) })
                }
            })
        }
        return current.mapValues { nodes in nodes.flatMap { reached[$0] ?? [] } }
    }

    /// The entities each of `ids` reaches over plainly asserted relations of `type`, in graph order, without repeats.
    func neighbors(of ids: Set<String>, _ type: String, _ direction: Direction) throws -> [String: [String]] {
        var found: [String: [EntityRef]] = [:]
        for row in try batched(ids.sorted(), { batch in
            "SELECT ?a ?b ?k WHERE { \(values("?a", batch)) \(direction == .outgoing ? "?a \(vocabulary.property(type)) ?b" : "?b \(vocabulary.property(type)) ?a")  . \(vocabulary.typed("?b", "?k")) }"
        }) {
            if let from = id(row["a"]), let to = ref(row, "b", kind: "k") { found[from, default: []].append(to) }
        }
        return found.mapValues { Array(Set($0)).sorted().map(\.id) }
    }

    /// The distinct values sources plainly assert for attribute `name` of each entity, in statement order.
    func assertedValues(of ids: Set<String>, _ name: String) throws -> [String: [Reached]] {
        var found: [String: [(order: Int, value: Value)]] = [:]
        for row in try batched(ids.sorted(), { batch in
            """
            SELECT ?s ?o ?n WHERE { \(values("?s", batch)) ?st rdf:subject ?s ; rdf:predicate \(vocabulary.property(name)) ; rdf:object ?o ;
              kx:order ?n ; kx:negated false . FILTER NOT EXISTS { ?st kx:hedge ?h } }
            """
        }) {
            guard let subject = id(row["s"]), let order = integer(row["n"]), case .literal(let lexical, let datatype, _)? = row["o"] else { continue }
            found[subject, default: []].append((order, value(lexical, datatype: datatype, attribute: name)))
        }
        return found.mapValues { statements in
            var values: [Value] = []
            for statement in statements.sorted(by: { $0.order < $1.order }) where !values.contains(statement.value) { values.append(statement.value) }
            return values.map { .value($0) }
        }
    }
}
