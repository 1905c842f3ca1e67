/// What an HTTP server answered: its status, the declared type and the body's bytes.
struct HTTPResponse: Sendable {
    var status: Int
    var contentType: String
    var body: [UInt8]
}
