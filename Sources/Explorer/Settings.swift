import Rendering

/// A session's settings, changed by dot-commands and command-line options.
public struct Settings: Sendable {
    public var format: OutputFormat = .table
    /// Terminal width for tables, or nil when not writing to a terminal.
    public var width: Int?
    public var style: Styler = .plain
    /// Whether results go to a terminal: then no format shows a raw control character from data.
    public var terminal = false
    /// `--csv-raw`: `csv` cells are written exactly, without the `'` that neutralises formulas.
    public var csvRaw = false
    /// `--links`, `.links on`: JSON entity lists give each entity its relation statements.
    public var links = false
    /// `.echo on`: print each statement before its result.
    public var echo = false
    /// `.timer on`: print how long each statement took.
    public var timer = false
    /// `--keep-going`: a script goes on after an error.
    public var keepGoing = false
    /// `--safe`: no statement may read or write a file or load knowledge (see `Session.safeRefusal`).
    public var safe = false

    public init() {}
}
