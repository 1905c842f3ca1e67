import Explorer
import Foundation
import KnowledgeGraph
import KnowledgeQuery
@testable import SPARQLBackend
import XCTest

/// Every way an endpoint can fail is a clear error naming what happened and what to do, and a
/// running request stops on Ctrl-C.
final class EndpointFaultTests: XCTestCase {
    // XCTest runs a class's set-up, tests and tear-down one after another on one thread.
    nonisolated(unsafe) private static var fake: FakeEndpoint?

    override class func setUp() {
        fake = try? FakeEndpoint()
    }

    override class func tearDown() {
        fake = nil
    }

    private func endpoint() throws -> FakeEndpoint {
        try XCTUnwrap(Self.fake, "python3 must run Support/fake-endpoint.py")
    }

    private func failure(_ url: String, options: EndpointOptions = EndpointOptions(timeout: 5), cancellation: Cancellation? = nil,
                         file: StaticString = #filePath, line: UInt = #line) -> EndpointError? {
        do {
            _ = try SPARQLExecutor(url: url, options: options, cancellation: cancellation)
            XCTFail("connected to \(url)", file: file, line: line)
        } catch let error as EndpointError {
            return error
        } catch {
            XCTFail("\(error)", file: file, line: line)
        }
        return nil
    }

    func testARefusedConnectionSaysSoAndWhatToCheck() throws {
        let error = failure("http://127.0.0.1:9/query")
        XCTAssertTrue(error?.message.hasPrefix("cannot reach http://127.0.0.1:9/query: ") ?? false, error?.message ?? "")
        XCTAssertEqual(error?.notes, ["is the SPARQL server running, and is the URL its query endpoint (for Oxigraph: http://HOST:PORT/query)?"])
    }

    func testAURLThatIsNotHTTPOrHoldsCredentialsIsRefusedBeforeAnyRequest() {
        XCTAssertEqual(failure("ftp://example.org/sparql")?.message, "'ftp://example.org/sparql' is not an http or https URL")
        XCTAssertEqual(failure("localhost:7878")?.message, "'localhost:7878' is not an http or https URL")
        let credentials = failure("https://ann:secret@example.org/sparql")
        XCTAssertEqual(credentials?.message, "the URL holds credentials; they would be kept in the history and shown by ps")
        XCTAssertEqual(credentials?.notes, ["give them in KX_ENDPOINT_USER and KX_ENDPOINT_PASSWORD, or in a netrc file (NETRC or ~/.netrc)"])
    }

    func testAnHTTPErrorShowsTheServersMessage() throws {
        let fake = try endpoint()
        XCTAssertEqual(failure(fake.url("error"))?.message, "\(fake.url("error")) answered HTTP 500: Query evaluation failed: \u{1B}[31mboom\u{1B}[0m")
        let missing = failure(fake.url("nowhere"))
        XCTAssertEqual(missing?.message, "\(fake.url("nowhere")) answered HTTP 404: no such endpoint")
        XCTAssertEqual(missing?.notes, ["is this the query endpoint? For Oxigraph it is http://HOST:PORT/query"])
    }

    func testAStoreWithoutAnExportSaysHowToLoadOne() throws {
        let fake = try endpoint()
        let error = failure(fake.url("empty"))
        XCTAssertEqual(error?.message, "\(fake.url("empty")) holds no kx export: it has no kx:Dataset")
        XCTAssertEqual(error?.notes, ["load one: kx export --format ntriples -o kx.nt, then for Oxigraph: oxigraph load --location DIR --file kx.nt"])
    }

    func testAnAnswerThatIsNotSPARQLResultsIsAnError() throws {
        let fake = try endpoint()
        XCTAssertEqual(failure(fake.url("garbage"))?.message, "the endpoint's answer is not JSON")
    }

    func testAnAnswerOverTheLimitIsAnErrorNotAPartialResult() throws {
        let fake = try endpoint()
        let error = failure(fake.url("huge"), options: EndpointOptions(timeout: 10, maximumResponseBytes: 1 << 20))
        XCTAssertEqual(error?.message, "the answer of \(fake.url("huge")) is larger than 1 MiB")
    }

    func testATimeoutIsAnErrorNamingTheSettingThatChangesIt() throws {
        let fake = try endpoint()
        let error = failure(fake.url("slow"), options: EndpointOptions(timeout: 0.5))
        XCTAssertEqual(error?.message, "\(fake.url("slow")) did not answer within 0.5 s")
        XCTAssertEqual(error?.notes, ["set KX_ENDPOINT_TIMEOUT (seconds) to wait longer"])
    }

    func testCtrlCStopsARunningRequest() throws {
        let fake = try endpoint()
        let cancellation = Cancellation()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { cancellation.cancel() }
        let start = Date()
        XCTAssertThrowsError(try SPARQLExecutor(url: fake.url("slow"), options: EndpointOptions(timeout: 20), cancellation: cancellation)) { error in
            XCTAssertTrue(error is Interrupted, "\(error)")
        }
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
    }

    func testTheEnvironmentGivesTimeoutAndCredentials() {
        let options = EndpointOptions.fromEnvironment(["KX_ENDPOINT_TIMEOUT": "2.5", "KX_ENDPOINT_USER": "ann", "KX_ENDPOINT_PASSWORD": "pw", "NETRC": "/tmp/n"])
        XCTAssertEqual(options.timeout, 2.5)
        XCTAssertEqual(options.credentials?.user, "ann")
        XCTAssertEqual(options.netrcFile, "/tmp/n")
        XCTAssertEqual(EndpointOptions.fromEnvironment(["KX_ENDPOINT_TIMEOUT": "-1"]).timeout, 30)
    }

    /// At the prompt, a failed `.connect` is a located error with the server's message escaped, and
    /// the session stays on the loaded knowledge.
    func testAFailedConnectLeavesTheSessionWhereItWas() throws {
        let fake = try endpoint()
        let sink = BufferSink()
        let session = try Session(knowledge: [TestKnowledge.folder], sink: sink)
        session.connector = { url, cancellation in try SPARQLExecutor(url: url, options: EndpointOptions(timeout: 5), cancellation: cancellation) }
        XCTAssertFalse(session.execute(".connect \(fake.url("error"))"))
        XCTAssertNil(session.connection)
        XCTAssertFalse(sink.transcript.contains("\u{1B}"), sink.transcript)
        XCTAssertTrue(sink.transcript.contains("error: \(fake.url("error")) answered HTTP 500: Query evaluation failed: \\u{1B}[31mboom"), sink.transcript)
        XCTAssertTrue(session.execute("count trials"))
    }
}
