import CCurl
import Glibc
import KnowledgeGraph

/// POSTs requests over libcurl (loaded on first use, so kx's start-up never pays for it), bounded
/// in time and size, stopped by Ctrl-C.
struct HTTPClient: SPARQLTransport {
    var options: EndpointOptions

    /// Sends `body` to `url` with the given header lines.
    /// - Throws: `EndpointError` for a refused connection, an unknown host, a timeout, a response over
    ///   the limit or a missing libcurl; `Interrupted` when `cancellation` is cancelled.
    func post(_ url: String, body: String, headers: [String], cancellation: Cancellation?) throws -> HTTPResponse {
        var response = kx_http_response()
        let stop: kx_http_should_stop = { context in
            guard let context else { return 0 }
            return Unmanaged<Cancellation>.fromOpaque(context).takeUnretainedValue().isCancelled ? 1 : 0
        }
        let context = cancellation.map { Unmanaged.passUnretained($0).toOpaque() }
        let bytes = Array(body.utf8)
        let headerPointers = headers.map { strdup($0) }
        defer { headerPointers.forEach { free($0) } }
        var constant = headerPointers.map { UnsafePointer<CChar>($0) }
        let milliseconds = Int(min(max(options.timeout, 0.001), 86_400) * 1000)
        bytes.withUnsafeBufferPointer { bodyBytes in
            constant.withUnsafeMutableBufferPointer { lines in
                bodyBytes.baseAddress.map { start in
                    start.withMemoryRebound(to: CChar.self, capacity: bytes.count) { text in
                        kx_http_post(url, text, bytes.count, lines.baseAddress, lines.count, options.credentials?.user, options.credentials?.password,
                                     options.netrcFile, milliseconds, options.maximumResponseBytes, stop, context, &response)
                    }
                }
            }
        }
        defer { kx_http_free(&response) }
        let message = withUnsafeBytes(of: response.message) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        switch response.failure {
        case KX_HTTP_OK:
            let type = withUnsafeBytes(of: response.content_type) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            let body = response.body.map { Array(UnsafeBufferPointer(start: UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self), count: response.body_length)) } ?? []
            return HTTPResponse(status: Int(response.status), contentType: type, body: body)
        case KX_HTTP_CANCELLED:
            throw Interrupted()
        case KX_HTTP_TIMEOUT:
            throw EndpointError("\(url) did not answer within \(Self.seconds(options.timeout)) s", notes: ["set KX_ENDPOINT_TIMEOUT (seconds) to wait longer"])
        case KX_HTTP_TOO_LARGE:
            throw EndpointError("the answer of \(url) is larger than \(options.maximumResponseBytes >> 20) MiB", notes: ["narrow the query, or add limit N"])
        case KX_HTTP_NO_LIBRARY:
            throw EndpointError("--endpoint needs libcurl, which is not installed", notes: ["install it with: apt-get install libcurl4"])
        default:
            throw EndpointError("cannot reach \(url): \(message)", notes: ["is the SPARQL server running, and is the URL its query endpoint (for Oxigraph: http://HOST:PORT/query)?"])
        }
    }

    /// `30` or `2.5`.
    private static func seconds(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e9 ? String(Int(value)) : String(value)
    }
}
