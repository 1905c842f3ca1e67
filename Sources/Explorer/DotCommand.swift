import Rendering

/// A dot-command: its name, how it is used and what it does, for `.help` and completion.
public struct DotCommand: Sendable {
    public var name: String
    public var usage: String
    public var summary: String
    /// Words that complete the first argument, when it is one of a fixed set.
    public var choices: [String]

    /// Every dot-command, in the order `.help` lists them.
    public static let all: [DotCommand] = [
        DotCommand(name: ".help", usage: ".help [TOPIC]", summary: "Show help; topics: queries, commands, formats, scripts, lessons", choices: ["queries", "commands", "formats", "scripts", "lessons"]),
        DotCommand(name: ".quit", usage: ".quit", summary: "Leave kx", choices: []),
        DotCommand(name: ".exit", usage: ".exit [STATUS]", summary: "Leave kx, with exit status STATUS (0 by default)", choices: []),
        DotCommand(name: ".format", usage: ".format [FORMAT]", summary: "table, plain, json, csv, markdown, dot or svg; alone, show it (.mode too)",
                   choices: OutputFormat.allCases.map(\.rawValue)),
        DotCommand(name: ".links", usage: ".links on|off", summary: "In json, give each entity of a list its relations; alone, show it", choices: ["on", "off"]),
        DotCommand(name: ".read", usage: ".read FILE", summary: "Run the statements in FILE", choices: []),
        DotCommand(name: ".load", usage: ".load DIR", summary: "Add a knowledge pack (or a folder of packs) to the graph", choices: []),
        DotCommand(name: ".reload", usage: ".reload", summary: "Read every loaded knowledge folder again from disk", choices: []),
        DotCommand(name: ".connect", usage: ".connect [URL]", summary: "Run statements on the SPARQL endpoint at URL; alone, on the loaded knowledge again", choices: []),
        DotCommand(name: ".tables", usage: ".tables", summary: "List the kinds, as the query kinds", choices: []),
        DotCommand(name: ".schema", usage: ".schema [yaml]", summary: "Print the schema (as the query schema); with yaml, as a schema.yaml", choices: ["yaml"]),
        DotCommand(name: ".output", usage: ".output [FILE]", summary: "Send results to FILE; with no FILE, back to the screen", choices: []),
        DotCommand(name: ".once", usage: ".once FILE", summary: "Send the next result to FILE", choices: []),
        DotCommand(name: ".export", usage: ".export FMT FILE", summary: "Write the knowledge to FILE: ntriples, turtle, trig or kgx; --base IRI, --rdf11",
                   choices: ["ntriples", "turtle", "trig", "kgx"]),
        DotCommand(name: ".timer", usage: ".timer on|off", summary: "Print how long each statement takes", choices: ["on", "off"]),
        DotCommand(name: ".echo", usage: ".echo on|off", summary: "Print each statement before its result", choices: ["on", "off"]),
        DotCommand(name: ".history", usage: ".history", summary: "List the statements typed so far", choices: []),
        DotCommand(name: ".show", usage: ".show", summary: "Show the current settings and what is loaded", choices: []),
    ]

    /// The command named `name` exactly.
    public static func named(_ name: String) -> DotCommand? {
        all.first { $0.name == name }
    }
}
