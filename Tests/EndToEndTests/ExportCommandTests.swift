import Foundation
import XCTest

/// `kx export` read by real consumers: every RDF format loaded by pyoxigraph holds the triples kx says
/// it wrote and no hedged or denied statement as a plain triple; KGX passes `kgx validate` with kx's
/// node and edge counts; hostile text parses back exactly; errors are clear.
final class ExportCommandTests: XCTestCase {
    /// A FICTIONAL knowledge root with hedged, denied, dated, noted and multi-quote statements, aliases,
    /// xrefs and a source with é and an emoji.
    static let kestrel = KXProcess.packageRoot.appendingPathComponent("Tests/ExportTests/Fixtures/kestrel").path
    static let rdfFormats: [(name: String, arguments: [String], check: String)] = [
        ("ntriples", ["--format", "ntriples"], "ntriples"), ("turtle", ["--format", "turtle"], "turtle"),
        ("turtle11", ["--format", "turtle", "--rdf11"], "turtle11"), ("trig", ["--format", "trig"], "trig"),
    ]

    /// Runs `kx export` and returns the count its summary line gives (triples, quads or nodes).
    private func export(_ arguments: [String], to file: String, knowledge: [String] = ["--no-builtin", "--knowledge", kestrel],
                        line: UInt = #line) throws -> Int {
        let result = try KXProcess.run(["export"] + arguments + ["-o", file] + knowledge)
        XCTAssertEqual(result.status, 0, result.stderr, line: line)
        let count = result.stderr.split(separator: ":").dropFirst().first?.split(separator: " ").first.map { $0.replacingOccurrences(of: ",", with: "") }
        return try XCTUnwrap(count.flatMap { Int($0) }, "no count in \(result.stderr)", line: line)
    }

    func testEveryRDFFormatLoadsWithKxsCountAndNoHedgedOrDeniedStatementAsAPlainTriple() throws {
        let folder = try KXProcess.temporaryDirectory(self)
        for format in Self.rdfFormats {
            let file = folder.appendingPathComponent("kestrel.\(format.name)").path
            let written = try export(format.arguments, to: file)
            let report = try Peers.readRDF(format.check, file)
            XCTAssertEqual(report.count, written, "\(format.name): pyoxigraph holds \(report.count), kx said \(written)")
            XCTAssertEqual(report.asserted, 3, format.name)
            XCTAssertEqual(report.qualified, 4, format.name)
            XCTAssertEqual(report.plain, 3, format.name)
            XCTAssertEqual(report.leaked, [], "\(format.name): hedged or denied statements written as plain triples")
            XCTAssertEqual(report.missing, [], "\(format.name): asserted statements without their plain triple")
        }
    }

    func testTheCheckFindsAPlainTripleOfADeniedStatement() throws {
        let folder = try KXProcess.temporaryDirectory(self)
        let file = folder.appendingPathComponent("kestrel.nt")
        _ = try export(["--format", "ntriples"], to: file.path)
        let handle = try FileHandle(forWritingTo: file)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("<https://kx.example/entity/relapse-prevention> <https://kx.example/property/effect_of> <https://kx.example/entity/zorvamab> .\n".utf8))
        try handle.close()
        let report = try Peers.readRDF("ntriples", file.path)
        XCTAssertEqual(report.leaked, [["<https://kx.example/entity/relapse-prevention>", "<https://kx.example/property/effect_of>", "<https://kx.example/entity/zorvamab>"]])
    }

    func testKGXPassesKgxValidateWithKxsCounts() throws {
        let folder = try KXProcess.temporaryDirectory(self)
        let prefix = folder.appendingPathComponent("kestrel").path
        let nodes = try export(["--format", "kgx"], to: prefix)
        let files = [prefix + "_nodes.jsonl", prefix + "_edges.jsonl"]
        let shown = try KXProcess.run(["--no-builtin", "--knowledge", Self.kestrel, "-c", ".show"])
        XCTAssertTrue(shown.stdout.contains("loaded: 4 entities, 3 relations from 1 document"), shown.stdout)
        XCTAssertEqual(nodes, 4)
        let summary = try Peers.run("kgx_offline.py", ["graph-summary", "-i", "jsonl", "-o", folder.appendingPathComponent("summary.yaml").path] + files)
        XCTAssertEqual(summary.status, 0, summary.stderr)
        let counts = try String(contentsOf: folder.appendingPathComponent("summary.yaml"), encoding: .utf8)
        XCTAssertTrue(counts.contains("total_nodes: 4\n"), counts)
        XCTAssertTrue(counts.contains("total_edges: 3\n"), counts)
        // kgx validate prints its report as JSON on standard error. It knows only the CURIE prefixes registered
        // with Biolink, and kx's entities are named under the export's own `kxe:`, which it reports; any
        // other problem it reports is a failure.
        let validation = try Peers.run("kgx_offline.py", ["validate", "-i", "jsonl"] + files)
        let report = try XCTUnwrap(validation.stderr.firstIndex(of: "{").map { String(validation.stderr[$0...]) }, validation.stderr)
        let json = report.split(separator: "\n").prefix { !$0.hasPrefix("[KGX]") }.joined(separator: "\n")
        let problems = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: [String: [String: [String]]]] ?? [:]
        var unexpected: [String] = []
        for (level, kinds) in problems {
            for (kind, messages) in kinds {
                for message in messages.keys where !message.contains("CURIE prefix 'kxe'") { unexpected.append("\(level) \(kind): \(message)") }
            }
        }
        XCTAssertEqual(unexpected, [], validation.stderr)
        XCTAssertNotNil(problems["ERROR"]?["INVALID_NODE_PROPERTY_VALUE"], "kgx validate ran: \(validation.stderr)")
        let edges = try String(contentsOfFile: files[1], encoding: .utf8).split(separator: "\n").map { line in
            try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        let denied = try XCTUnwrap(edges.first { $0["subject"] as? String == "kxe:relapse-prevention" })
        XCTAssertEqual(denied["negated"] as? Bool, true)
        XCTAssertEqual(denied["predicate"] as? String, "biolink:caused_by")
        let hedged = try XCTUnwrap(edges.first { $0["subject"] as? String == "kxe:shorter-fever" })
        XCTAssertEqual(hedged["kx_hedge"] as? String, "may")
        let tests = try XCTUnwrap(edges.first { $0["subject"] as? String == "kxe:kestrel" })
        XCTAssertEqual(tests["predicate"] as? String, "biolink:related_to")
        XCTAssertEqual(tests["original_predicate"] as? String, "kxp:tests")
        XCTAssertEqual(tests["supporting_text"] as? [String], ["Kestrel café study", "zorvamab was given to 40 patients"])
        let nodeText = try String(contentsOfFile: files[0], encoding: .utf8)
        XCTAssertFalse(nodeText.contains("\"kxp:type\""), "hedged and denied attribute values are not node properties: \(nodeText)")
    }

    func testHostileTextParsesBackExactly() throws {
        let folder = try KXProcess.temporaryDirectory(self)
        let root = try HostileKnowledge.write(in: folder.appendingPathComponent("hostile"))
        // Each root stands alone (kestrel has a schema of its own): the hostile one, then kestrel.
        for (arguments, expected) in [(["--no-builtin", "--knowledge", root.path], ["Examplinib" + HostileKnowledge.attack, "Note" + HostileKnowledge.attack,
                                                                                     "=HYPERLINK" + HostileKnowledge.attack, "<script>alert(1)</script>"]),
                                      (["--no-builtin", "--knowledge", Self.kestrel], ["the Kestrel café study 🐦", "Zorvamab \"the invented\"",
                                                                                       "Named \"Kestrel\" in the record;\na second line, and a backslash \\ here."])] {
            for format in Self.rdfFormats {
                let file = folder.appendingPathComponent("out.\(format.name)").path
                _ = try export(format.arguments, to: file, knowledge: arguments)
                let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
                XCTAssertFalse(bytes.contains { ($0 < 0x20 && $0 != 0x0A) || $0 == 0x7F }, "\(format.name): a raw control character")
                XCTAssertFalse(String(decoding: bytes, as: UTF8.self).unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x9B }, format.name)
                let report = try Peers.readRDF(format.check, file)
                for text in expected { XCTAssertTrue(report.literals.contains(text), "\(format.name): \(text.debugDescription) did not parse back") }
            }
            let prefix = folder.appendingPathComponent("out").path
            _ = try export(["--format", "kgx"], to: prefix, knowledge: arguments)
            let lines = try String(contentsOfFile: prefix + "_nodes.jsonl", encoding: .utf8).split(separator: "\n")
            let values = try lines.flatMap { line -> [String] in
                let node = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                return [node["name"] as? String].compactMap { $0 } + (node["synonym"] as? [String] ?? []) + (node["kx_notes"] as? [String] ?? [])
            }
            for text in expected {
                XCTAssertTrue(values.contains(text), "kgx: \(text.debugDescription) did not parse back")
            }
        }
    }

    func testTheSameKnowledgeGivesTheSameBytes() throws {
        let folder = try KXProcess.temporaryDirectory(self)
        for format in Self.rdfFormats + [("kgx", ["--format", "kgx"], "")] {
            let first = folder.appendingPathComponent("a.\(format.name)").path, second = folder.appendingPathComponent("b.\(format.name)").path
            _ = try export(format.arguments, to: first)
            _ = try export(format.arguments, to: second)
            let suffixes = format.name == "kgx" ? ["_nodes.jsonl", "_edges.jsonl"] : [""]
            for suffix in suffixes {
                XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: first + suffix)), try Data(contentsOf: URL(fileURLWithPath: second + suffix)), format.name)
            }
        }
    }

    func testStandardOutputAndTheErrors() throws {
        let folder = try KXProcess.temporaryDirectory(self)
        let out = try KXProcess.run(["export", "--format", "ntriples", "--no-builtin", "--knowledge", Self.kestrel, "--base", "urn:x:"])
        XCTAssertEqual(out.status, 0, out.stderr)
        XCTAssertTrue(out.stdout.hasPrefix("<urn:x:> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <urn:kx:Dataset> .\n"), out.stdout)
        XCTAssertTrue(out.stderr.hasPrefix("standard output: "), out.stderr)
        for (arguments, message) in [
            (["--format", "turtel"], "Error: unknown export format 'turtel'; did you mean 'turtle'?; the formats: ntriples, turtle, trig, kgx\n"),
            (["--format", "ntriples", "--base", "kx.example"], "Error: the base 'kx.example' is not an absolute IRI: it must start with a scheme such as https:; did you mean 'https://kx.example/'?\n"),
            (["--format", "ntriples", "--base", "https://x.org/a b/"], "Error: the base 'https://x.org/a b/' holds a space, which an IRI may not hold\n"),
            (["--format", "trig", "--rdf11"], "Error: --rdf11 is for turtle: trig is RDF 1.1 already; drop --rdf11\n"),
            (["--format", "kgx"], "Error: kgx writes two files (nodes and edges): name them with -o PREFIX or -o FOLDER/\n"),
        ] {
            let result = try KXProcess.run(["export"] + arguments)
            XCTAssertEqual(result.status, 2, "\(arguments)")
            XCTAssertTrue(result.stderr.hasPrefix(message), result.stderr)
        }
        let target = folder.appendingPathComponent("target.nt")
        try Data("old\n".utf8).write(to: target)
        let link = folder.appendingPathComponent("link.nt")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        let fifo = folder.appendingPathComponent("fifo.nt")
        XCTAssertEqual(mkfifo(fifo.path, 0o644), 0)
        for (path, what) in [(folder.path, "a folder"), (link.path, "a symbolic link"), (fifo.path, "a FIFO")] {
            let result = try KXProcess.run(["export", "--format", "turtle", "-o", path, "--no-builtin", "--knowledge", Self.kestrel])
            XCTAssertEqual(result.status, 1, path)
            XCTAssertEqual(result.stderr, "kx export: cannot write '\(path)': it is \(what), not a regular file; nothing was written\n")
        }
        XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), "old\n")
    }

    func testDotExportWritesTheFileAndSafeRefusesIt() throws {
        let folder = try KXProcess.temporaryDirectory(self)
        let file = folder.appendingPathComponent("k.ttl").path
        let result = try KXProcess.run(["--no-builtin", "--knowledge", Self.kestrel, "-c", ".export turtle \(file) --base https://lit.example/"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.hasPrefix("wrote \(file): "), result.stderr)
        let command = try export(["--format", "turtle", "--base", "https://lit.example/"], to: file + ".2")
        XCTAssertEqual(try Peers.readRDF("turtle", file, base: "https://lit.example/").count, command)
        let safe = try KXProcess.run(["--safe", "--no-builtin", "--knowledge", Self.kestrel, "-c", ".export ntriples \(folder.path)/s.nt"])
        XCTAssertEqual(safe.status, 1)
        XCTAssertTrue(safe.stderr.contains(".export is refused under --safe: it writes a file"), safe.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: "\(folder.path)/s.nt"))
    }
}
