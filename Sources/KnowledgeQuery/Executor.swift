import KnowledgeGraph

/// Runs bound plans against one store of knowledge: the in-memory graph (`GraphExecutor`) or a
/// SPARQL endpoint. Everything that runs a statement (the session, lessons, `kx test`, playback)
/// holds the executor it was given, so the same statement gives the same result on every store.
///
/// An executor resolves names in its own store: binding asks it which entities a name picks out
/// (`EntityDirectory`), and commands such as `show X` look `X` up when they execute.
public protocol Executor: EntityDirectory {
    /// The schema statements are bound against.
    var schema: Schema { get }

    /// Executes a plan, an entity list with `detail`. Checks `cancellation` (Ctrl-C) in its loops and
    /// stops with `Interrupted`; unknown or ambiguous names in commands are `QueryError`s.
    func execute(_ plan: Plan, detail: Detail, cancellation: Cancellation?) throws -> QueryResult

    /// Binds and executes a parsed statement; unknown names become `QueryError`s with suggestions.
    /// (An executor may do more around binding, as the SPARQL one keeps its lookups for `explain`.)
    func evaluate(_ statement: Statement, detail: Detail, cancellation: Cancellation?) throws -> QueryResult

    /// Ids, names and aliases that start with `prefix` (ignoring case), each with the entity it
    /// names, at most `limit`: what TAB offers for an entity.
    func names(startingWith prefix: String, limit: Int) -> [EntityName]

    /// The values entities of `kind` have for attribute `name`, for TAB after `name=`.
    func values(ofAttribute name: String, kind: String) -> [String]

    /// How much knowledge the store holds, for the banner and `.show`.
    func contents() throws -> KnowledgeContents

    /// Every relation statement whose subject or object is one of `ids`, each once, in graph order
    /// (by subject, then type and object), asserted, hedged and denied alike: the relations a picture
    /// draws among entities, and those `--links` lists. Ids the store does not hold are ignored.
    func relations(touching ids: [String], cancellation: Cancellation?) throws -> [Relation]

    /// The id, kind and name of each entity of `ids` the store holds, in the order given, each once.
    func summaries(of ids: [String], cancellation: Cancellation?) throws -> [EntitySummary]
}

/// A word that names an entity: its id, its name or one of its aliases.
public struct EntityName: Hashable, Sendable {
    public var word: String
    public var id: String
    public var kind: String

    public init(word: String, id: String, kind: String) {
        self.word = word
        self.id = id
        self.kind = kind
    }
}

/// How many entities, relation statements and documents a store holds.
public struct KnowledgeContents: Hashable, Sendable {
    public var entities: Int
    public var relations: Int
    public var documents: Int

    public init(entities: Int, relations: Int, documents: Int) {
        self.entities = entities
        self.relations = relations
        self.documents = documents
    }
}

extension Executor {
    /// The binder for this executor's schema, looking entity names up in its store.
    public var binder: Binder { Binder(schema: schema, directory: self) }

    /// Parses, binds and executes one statement (an entity list with every entity whole unless `detail` says less).
    public func run(_ text: String, detail: Detail = .provenance, cancellation: Cancellation? = nil) throws -> QueryResult {
        try evaluate(try Parser.parse(text), detail: detail, cancellation: cancellation)
    }

    public func evaluate(_ statement: Statement, detail: Detail, cancellation: Cancellation?) throws -> QueryResult {
        try execute(try binder.bind(statement), detail: detail, cancellation: cancellation)
    }

    /// Binds and executes a parsed statement, every entity of a list whole, without a way to stop it.
    public func evaluate(_ statement: Statement) throws -> QueryResult {
        try evaluate(statement, detail: .provenance, cancellation: nil)
    }
}

/// A failure outside the statement (an endpoint that cannot be reached or answers with an error,
/// a picture Graphviz cannot draw): what went wrong and what to do, for the session to report.
public protocol ExplainedError: Error {
    var message: String { get }
    var notes: [String] { get }
}
