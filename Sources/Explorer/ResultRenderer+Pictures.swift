import KnowledgeGraph
import KnowledgeQuery
import Rendering

extension ResultRenderer {
    /// The results a picture format draws: entity lists (with the relations among them), `show`
    /// (the entity and its links), `path` (its shortest paths) and `neighbors` (the entities found
    /// and every relation among them). Anything else is not a graph.
    public static func isGraph(_ result: QueryResult) -> Bool {
        switch result {
        case .entities, .card, .paths: return true
        case .rows(let rows): return rows.origin != nil
        case .quotes, .count, .explanation: return false
        }
    }

    /// Why this format cannot write `result`, with what to do instead, or nil when it can: a picture
    /// format (`dot`, `svg`) draws only graphs.
    public func refusal(for result: QueryResult) -> (message: String, notes: [String])? {
        guard format.isPicture, !Self.isGraph(result) else { return nil }
        let what: String
        switch result {
        case .count: what = "a count"
        case .explanation: what = "an explanation"
        case .quotes: what = "quotes"
        case .rows(let rows): what = "a table of \(rows.noun.plural)"
        case .entities, .card, .paths: what = "a graph"
        }
        let others = OutputFormat.tableFormats.map(\.rawValue)
        return ("\(format.rawValue) draws graphs (neighbors, path, show and entity lists), not \(what)",
                ["use another format for it: \(others.dropLast().joined(separator: ", ")) or \(others.last ?? "table") (.format NAME, or --format NAME)"])
    }

    /// What the session must fetch for this format to render `result`: the relations among a
    /// picture's entities and the kinds and names of those it knows only by id, or an entity list's
    /// links for `--links` in JSON; nil when the result has all it needs.
    public func request(for result: QueryResult) -> ResultContext.Request? {
        switch result {
        case .entities(let list) where format.isPicture:
            return ResultContext.Request(relationsOf: list.ids)
        case .entities(let list) where format == .json && links:
            return ResultContext.Request(relationsOf: list.ids, summariesOfEnds: true)
        case .rows(let rows) where format.isPicture:
            guard let origin = rows.origin else { return nil }
            let ids = [origin] + Self.entityIDs(rows)
            return ResultContext.Request(relationsOf: ids, summariesOf: ids)
        case .paths(let list) where format.isPicture:
            return ResultContext.Request(summariesOf: list.paths.flatMap { $0.map(\.to) })
        default:
            return nil
        }
    }

    /// The picture of a graph result, or nil for a result that is not a graph.
    func picture(of result: QueryResult, _ context: ResultContext) -> DOTPicture? {
        var picture = DOTPicture(kinds: context.schema?.kinds.map(\.name) ?? [])
        func summary(_ id: String) -> EntitySummary {
            context.entities[id] ?? EntitySummary(id: id, kind: "", name: id)
        }
        func summary(_ entity: Entity) -> EntitySummary {
            EntitySummary(id: entity.id, kind: entity.kind, name: entity.name)
        }
        func addRelations() {
            for relation in context.relations where picture.contains(relation.subject) && picture.contains(relation.object) {
                picture.add(relation)
            }
        }
        switch result {
        case .entities(let list):
            for row in list.ids.indices { picture.add(EntitySummary(id: list.ids[row], kind: list.kinds[row], name: list.names[row])) }
            addRelations()
            let notes = Self.notes(list)
            if !notes.isEmpty { picture.notes = ["\(list.noun.counted(list.ids.count)): \(notes.joined(separator: "; "))"] }
        case .card(let card):
            picture.add(summary(card.entity), focused: true)
            for link in card.links {
                picture.add(summary(link.other))
                picture.add(link.relation)
            }
        case .paths(let list):
            picture.add(summary(list.from), focused: true)
            var drawn = Set<PathStep>()
            for step in list.paths.joined() {
                picture.add(summary(step.to))
                guard drawn.insert(step).inserted else { continue }
                picture.edges.append(DOTPicture.Edge(tail: step.from, head: step.to, relation: step.relation, hedge: step.hedge,
                                                     negated: step.negated, backward: step.direction == .incoming))
            }
            picture.add(summary(list.to), focused: true)
            picture.notes = Self.note(list).map { [$0] } ?? []
        case .rows(let rows):
            guard let origin = rows.origin else { return nil }
            picture.add(summary(origin), focused: true)
            for id in Self.entityIDs(rows) { picture.add(summary(id)) }
            addRelations()
            picture.notes = rows.note.map { [$0.words] } ?? []
        case .quotes, .count, .explanation:
            return nil
        }
        return picture
    }

    /// The entity each row is about: its first entity cell.
    static func entityIDs(_ rows: Rows) -> [String] {
        rows.rows.compactMap { row in
            row.lazy.compactMap { cell -> String? in if case .entity(let id) = cell { return id } else { return nil } }.first
        }
    }
}
