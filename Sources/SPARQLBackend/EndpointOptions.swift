/// How kx talks to an endpoint: how long it waits, how much it reads, and whose credentials it sends.
public struct EndpointOptions: Sendable {
    /// The longest one request may take, in seconds.
    public var timeout: Double
    /// The most bytes one response may have; a larger one is an error, not a partial result.
    public var maximumResponseBytes: Int
    /// User and password from the environment (`KX_ENDPOINT_USER`, `KX_ENDPOINT_PASSWORD`); when
    /// nil, the netrc file (`NETRC` or `~/.netrc`) is read for the endpoint's host.
    public var credentials: (user: String, password: String)?
    public var netrcFile: String?

    public init(timeout: Double = 30, maximumResponseBytes: Int = 256 << 20, credentials: (user: String, password: String)? = nil, netrcFile: String? = nil) {
        self.timeout = timeout
        self.maximumResponseBytes = maximumResponseBytes
        self.credentials = credentials
        self.netrcFile = netrcFile
    }

    /// The options the environment gives: `KX_ENDPOINT_TIMEOUT` (seconds), `KX_ENDPOINT_USER` and
    /// `KX_ENDPOINT_PASSWORD`, `NETRC`. Credentials never come from the command line or the history.
    public static func fromEnvironment(_ environment: [String: String]) -> EndpointOptions {
        var options = EndpointOptions()
        if let text = environment["KX_ENDPOINT_TIMEOUT"], let seconds = Double(text), seconds > 0, seconds.isFinite { options.timeout = seconds }
        if let user = environment["KX_ENDPOINT_USER"], let password = environment["KX_ENDPOINT_PASSWORD"] { options.credentials = (user, password) }
        options.netrcFile = environment["NETRC"]
        return options
    }
}
