import Explorer
import FuzzReplay
import KnowledgeGraph
import KnowledgeQuery
import Rendering
import SPARQLBackend

/// A fuzz target for the SPARQL executor's reading of answers: whatever an endpoint sends back
/// (wrong shapes, wrong types, hostile strings, repeated or missing rows) is an error or a
/// result, never a crash or a hang, and every result renders in every format.
///
/// An input is a list of HTTP bodies separated by lines `%%`: the first answers the connection's
/// question for the export's dataset and schema, the others answer the queries of a fixed list of
/// statements in turn (round and round). Built with `-DFUZZING` (see `Fuzz/run endpoint`),
/// libFuzzer's driver runs it; built plainly it replays files or folders of inputs given as
/// arguments, as the tests do with `Fuzz/corpus/endpoint`.
enum EndpointFuzzer {
    static let statements = [
        "entities", "trials where status=planned and not has timing", "trials where control=x -> addresses", "count entities",
        "select id, name, concerns, studies.name from registries order by name limit 2", "statements where hedge=may order by as-of",
        "statements where subject=a and sentence=2", "show a", "why a", "why a status", "why a uses b", "neighbors a depth 2", "path a to b",
        "kinds", "relations", "sources", "conflicts", "explain trials where status=planned", "trails",
    ]

    /// Answers every request with the next body of the input.
    final class Answers: SPARQLTransport, @unchecked Sendable {
        let bodies: [[UInt8]]
        var next = 0

        init(_ bodies: [[UInt8]]) {
            self.bodies = bodies
        }

        func post(_ url: String, body: String, headers: [String], cancellation: Cancellation?) throws -> HTTPResponse {
            defer { next += 1 }
            let index = next == 0 || bodies.count < 2 ? 0 : 1 + (next - 1) % (bodies.count - 1)
            return HTTPResponse(status: 200, contentType: "application/sparql-results+json", body: bodies[index])
        }
    }

    static func run(_ input: [UInt8]) {
        let bodies = split(input)
        guard let executor = try? SPARQLExecutor(url: "http://fuzz.invalid/query", transport: Answers(bodies), cancellation: nil) else { return }
        for statement in statements {
            guard let result = try? executor.run(statement) else { continue }
            for format in OutputFormat.allCases {
                _ = ResultRenderer(format: format, width: 80, terminal: true).render(result)
            }
        }
        _ = executor.names(startingWith: "a", limit: 10)
        _ = executor.words(near: "trails")
    }

    /// The bodies between lines `%%`.
    static func split(_ input: [UInt8]) -> [[UInt8]] {
        var bodies: [[UInt8]] = [[]]
        var line: [UInt8] = []
        for byte in input + [0x0A] {
            if byte != 0x0A {
                line.append(byte)
                continue
            }
            if line == Array("%%".utf8) { bodies.append([]) } else { bodies[bodies.count - 1] += line + [0x0A] }
            line = []
        }
        return bodies
    }
}

#if FUZZING
/// SwiftPM links an executable's `main` to this name, so it starts libFuzzer's driver itself.
@_cdecl("kx_fuzz_endpoint_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzReplay.fuzz(argc, argv, EndpointFuzzer.run)
}
#else
/// Replays the inputs named on the command line (see `FuzzReplay`).
@main
enum EndpointFuzzerReplay {
    static func main() {
        FuzzReplay.replay(program: "kx-fuzz-endpoint", EndpointFuzzer.run)
    }
}
#endif
