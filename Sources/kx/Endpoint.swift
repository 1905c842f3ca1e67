import Foundation
import KnowledgeGraph
import KnowledgeQuery
import SPARQLBackend

/// `--endpoint URL` and `.connect URL`: the SPARQL executor, with the environment's options.
enum Endpoint {
    /// Connects to the endpoint at `url`.
    static func connect(_ url: String, cancellation: Cancellation) throws -> any Executor {
        try SPARQLExecutor(url: url, options: .fromEnvironment(ProcessInfo.processInfo.environment), cancellation: cancellation)
    }
}
