import KnowledgeGraph
import KnowledgeQuery

/// What rendering a result needs from the store beyond the result itself: the schema (a kind's
/// colour, a relation's inverse name), the relations around its entities, and the kinds and names
/// of the entities it names only by id. The session fetches it only when the format needs it (a
/// picture, or `--links` in JSON); the renderer says what it needs (`ResultRenderer.request(for:)`).
public struct ResultContext: Sendable {
    public var schema: Schema?
    /// Relation statements touching the entities asked about, in graph order.
    public var relations: [Relation] = []
    /// Entities' ids, kinds and names, by id.
    public var entities: [String: EntitySummary] = [:]

    public init(schema: Schema? = nil, relations: [Relation] = [], entities: [String: EntitySummary] = [:]) {
        self.schema = schema
        self.relations = relations
        self.entities = entities
    }

    /// What to fetch for a result.
    public struct Request: Equatable, Sendable {
        /// The entities whose relations are needed.
        public var relationsOf: [String] = []
        /// The entities whose kinds and names are needed.
        public var summariesOf: [String] = []
        /// Whether the kinds and names of the entities at the ends of those relations are needed too.
        public var summariesOfEnds = false
    }

    /// Fetches what `request` asks for from `executor`, with `schema` set to the executor's.
    public init(_ request: Request?, from executor: any Executor, cancellation: Cancellation?) throws {
        self.init(schema: executor.schema)
        guard let request else { return }
        if !request.relationsOf.isEmpty {
            relations = try executor.relations(touching: request.relationsOf, cancellation: cancellation)
        }
        var wanted = request.summariesOf
        if request.summariesOfEnds { wanted += relations.flatMap { [$0.subject, $0.object] } }
        if !wanted.isEmpty {
            for summary in try executor.summaries(of: wanted, cancellation: cancellation) { entities[summary.id] = summary }
        }
    }

    /// The relation name read from `id`'s end of `relation`: its forward name when `id` is the
    /// subject, else the schema's inverse name (the forward name when the schema has none).
    func name(of relation: Relation, from direction: Direction) -> String {
        direction == .outgoing ? relation.type : schema?.relation(relation.type)?.inverse ?? relation.type
    }
}
