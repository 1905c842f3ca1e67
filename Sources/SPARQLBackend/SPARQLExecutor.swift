import Foundation
import KnowledgeGraph
import KnowledgeQuery
import Synchronization

/// Runs kx's plans on a SPARQL 1.1 endpoint that holds a kx export (docs/rdf-vocabulary.md):
/// each plan becomes SPARQL queries — selections, filters, steps and counts on the engine — and
/// the rows they return are made into the same results the in-memory executor gives.
public final class SPARQLExecutor: Executor, Sendable {
    /// The endpoint's query URL.
    public let url: String
    public let schema: Schema
    let vocabulary: Vocabulary
    let client: SPARQLClient
    /// What the endpoint holds, read once per connection: its contents and, for a small one, every name.
    let cache = Mutex(Cache())
    /// The queries sent since `recording` began, for `explain`.
    let sent = Mutex<[String]?>(nil)
    /// The name lookups binding the current statement sent, which `explain` lists first.
    let lookups = Mutex<[String]>([])

    struct Cache: Sendable {
        var contents: KnowledgeContents?
        var names: [EntityName]?
        var documents: [String: DocumentInfo] = [:]
        var qualified: [String: Bool] = [:]
    }

    /// What results need of a document: its citation, its date, and its segments (to cite quotes).
    struct DocumentInfo: Sendable {
        var citation: String
        var date: PartialDate?
        var segments: [Segment]
    }

    /// Connects to the endpoint at `url` and reads the export's base IRI and schema.
    /// - Throws: `EndpointError` when the endpoint cannot be reached, answers with an error, or holds
    ///   no kx export (with how to load one); `Interrupted`.
    public convenience init(url: String, options: EndpointOptions, cancellation: Cancellation?) throws {
        try self.init(url: url, transport: HTTPClient(options: options), cancellation: cancellation)
    }

    /// Connects through `transport`, which the fuzz target uses to answer with what it makes up.
    public init(url: String, transport: any SPARQLTransport, cancellation: Cancellation?) throws {
        guard let scheme = URL(string: url)?.scheme?.lowercased(), ["http", "https"].contains(scheme), URL(string: url)?.host != nil else {
            throw EndpointError("'\(url)' is not an http or https URL", notes: ["for an Oxigraph server: --endpoint http://localhost:7878/query"])
        }
        if let parts = URLComponents(string: url), parts.user != nil || parts.password != nil {
            throw EndpointError("the URL holds credentials; they would be kept in the history and shown by ps",
                                notes: ["give them in KX_ENDPOINT_USER and KX_ENDPOINT_PASSWORD, or in a netrc file (NETRC or ~/.netrc)"])
        }
        self.url = url
        client = SPARQLClient(url: url, http: transport)
        let found = try client.select(Vocabulary.prefixes + """

            SELECT ?dataset ?schema WHERE { ?dataset a kx:Dataset ; kx:schema ?schema } LIMIT 2
            """, cancellation: cancellation)
        guard let first = found.rows.first, case .iri(let base)? = first["dataset"], let yaml = first["schema"]?.text else {
            throw EndpointError("\(url) holds no kx export: it has no kx:Dataset",
                                notes: ["load one: kx export --format ntriples -o kx.nt, then for Oxigraph: oxigraph load --location DIR --file kx.nt"])
        }
        guard found.rows.count == 1 else {
            throw EndpointError("\(url) holds more than one kx export", notes: ["load each export into its own store (or dataset) and connect to that one"])
        }
        do {
            schema = try Schema.load(text: yaml, file: "\(url) schema")
        } catch let error as KnowledgeError {
            throw EndpointError("the schema of the export at \(url) does not load: \(error.diagnostics.first?.message ?? "\(error)")")
        }
        vocabulary = Vocabulary(base: base)
    }

    public func evaluate(_ statement: Statement, detail: Detail, cancellation: Cancellation?) throws -> QueryResult {
        lookups.withLock { $0 = [] }
        return try execute(try binder.bind(statement), detail: detail, cancellation: cancellation)
    }

    public func execute(_ plan: Plan, detail: Detail, cancellation: Cancellation?) throws -> QueryResult {
        try Run(executor: self, detail: detail, cancellation: cancellation).execute(plan)
    }

    /// The solutions of a query written without its prefixes.
    func select(_ body: String, cancellation: Cancellation?) throws -> SolutionTable {
        let query = vocabulary.prologue + body
        sent.withLock { $0?.append(query) }
        return try client.select(query, cancellation: cancellation)
    }

    /// The SPARQL queries a statement sends, in order: the name lookups its binding sent, then
    /// those `plan` sends, without running anything else.
    public func explain(_ plan: Plan, cancellation: Cancellation?) throws -> [String] {
        sent.withLock { $0 = [] }
        defer { sent.withLock { $0 = nil } }
        _ = try execute(plan, detail: .provenance, cancellation: cancellation)
        return lookups.withLock { $0 } + sent.withLock { $0 ?? [] }
    }
}
