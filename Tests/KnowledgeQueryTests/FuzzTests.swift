import XCTest
import KnowledgeGraph
@testable import KnowledgeQuery

/// Thousands of generated lines: random bytes, token soup and mutations of valid queries. Each must
/// evaluate or fail with a `QueryError` located inside the text — never crash, hang or throw anything else.
final class FuzzTests: XCTestCase {
    static let valid = [
        "trials where control=no-zorvamab", "registries -> studies", "zorvamab <- uses -> tested_in",
        "trials where addresses.status=open", "zorvex", #""second-generation GRX-targeted agents""#,
        "questions where status=open or novelty=new", "questions where not (status=open and has importance)",
        "evidence where name ~ zorvamab order by amount desc limit 2", "trials where minimum-count >= 2",
        "publications where date < 2012-01-01", "count zorvamab <- uses", "select name, control.name, status from trials",
        "show feverlog", "neighbors feverlog depth 2", "path feverlog to zorvex", "why feverlog",
        "why feverlog-patients covered_by feverlog", "why no-zorvamab-control-trials status stopped-early", "kinds", "relations",
        "schema trials", "schema statements", "sources", "conflicts", "statements where hedge=may", "count facts where negated=true",
        "select subject, quote from statements where sentence=5 order by as-of desc limit 3", "statements where as-of >= 2011 and has note",
        "entities where has aliases and kind != drug", "(trials limit 1) -> control -> uses",
        "drugs where used_in.control_in.status <> planned", "trials \\\n where status=planned # comment",
        "ongoing-administration <- accounts_for", "entities where xrefs ~ doi",
    ]

    static let vocabulary: [String] = Parser.commandWords + Parser.keywords.sorted() + [
        "trials", "trial", "registries", "questions", "evidence", "people", "drugs", "treatments", "entities", "neighbours",
        "statements", "facts", "conflicts", "subject", "predicate", "object", "hedge", "negated", "asserted", "as-of", "document",
        "sentence", "quote", "note", "may", "implied", "true", "xrefs", "doi:10.5555/jit.2011.0311",
        "control", "status", "minimum-count", "date", "name", "id", "kind", "aliases", "addresses", "addresses.status",
        "addressed_by", "concerns", "concerned_in", "uses", "used_in", "accounts_for", "supports", "covers", "first_author", "a.b.c",
        "addresses..status", ".", "feverlog", "FeverLog", "zorvamab", "zorvex", "no-zorvamab", "planned", "open",
        "continue-after-relapse",
        "=", "==", "!=", "<>", "!", "~", "<", "<=", ">", ">=", "->", "<-", "-", ">>", "<<-", "(", ")", "((", "))", ",",
        "\"", "'", #""a b""#, #"'it''s'"#, #""\q""#, #""\\""#, "\\", "\\\n", "#", "# comment\n", "\n", "\r\n", "\t", " ",
        "0", "1", "6", "7", "-1", "2011", "2011-09", "2011-13", "1e309", "nan", "99999999999999999999999", "1.5",
        "é", "€", "ß", "👍🏽", "e\u{301}", "\u{202E}", "\u{0}", "\u{1B}[31m", "\u{7F}", "\u{FEFF}", "\u{2028}", "\u{00A0}", "🇭🇺",
        String(repeating: "x", count: 3_000), String(repeating: "addresses.addressed_by.", count: 40) + "status",
        String(repeating: "(", count: 60), String(repeating: "not ", count: 60), String(repeating: "-> concerns ", count: 30),
    ]

    private var evaluator: GraphExecutor!
    private var completer: Completer!

    override func setUpWithError() throws {
        let graph = try FixtureGraph.greyFever.graph()
        evaluator = GraphExecutor(graph: graph)
        completer = Completer(executor: GraphExecutor(graph: graph))
    }

    func testGeneratedLinesNeverCrash() throws {
        var random = SeededGenerator(seed: 0x6B78)
        let started = Date()
        var slowest: (line: String, seconds: Double) = ("", 0)
        var outcomes: [String: Int] = [:]
        for index in 0..<15_000 {
            let line: String
            switch index % 3 {
            case 0: line = Self.randomText(&random)
            case 1: line = Self.tokenSoup(&random)
            default: line = Self.mutation(&random)
            }
            let start = Date()
            outcomes[check(line), default: 0] += 1
            let cursor = Int.random(in: -1...(line.count + 1), using: &random)
            let completion = completer.complete(line, cursor: cursor)
            XCTAssertTrue((0...max(0, min(cursor, line.count))).contains(completion.replaceFrom), "completion start for \(line.debugDescription)")
            let seconds = Date().timeIntervalSince(start)
            if seconds > slowest.seconds { slowest = (line, seconds) }
        }
        XCTAssertLessThan(slowest.seconds, 1, "slowest line: \(slowest.line.prefix(200).debugDescription)")
        XCTAssertLessThan(Date().timeIntervalSince(started), 15)
        // The generator reaches both outcomes in quantity, so the run means something.
        XCTAssertGreaterThan(outcomes["result", default: 0], 400, "\(outcomes)")
        XCTAssertGreaterThan(outcomes["error", default: 0], 10_000, "\(outcomes)")
    }

    /// The statements mutated below are valid on the fictional review (Fixtures/grey-fever), so mutations start from something that works.
    func testValidStatementsRun() {
        for line in Self.valid {
            XCTAssertNoThrow(try evaluator.run(line), line)
        }
    }

    /// Every prefix of every valid statement, as typed, completes without failing.
    func testCompletionAtEveryCursorPosition() {
        for line in Self.valid {
            for cursor in 0...line.count {
                let completion = completer.complete(line, cursor: cursor)
                XCTAssertLessThanOrEqual(completion.replaceFrom, cursor, line)
                let typed = String(Array(line)[completion.replaceFrom..<cursor]).lowercased()
                XCTAssertTrue(completion.candidates.allSatisfy { $0.lowercased().hasPrefix(typed) }, "\(line) at \(cursor)")
            }
        }
    }

    /// Runs one line; returns "result" or "error", failing the test on anything else.
    private func check(_ line: String) -> String {
        do {
            _ = try evaluator.run(line)
            return "result"
        } catch let error as QueryError {
            let count = line.count
            XCTAssertTrue(error.span.lowerBound >= 0 && error.span.lowerBound <= count && error.span.upperBound <= count + 1
                          && error.span.lowerBound <= error.span.upperBound,
                          "span \(error.span) outside \(count) characters for \(line.prefix(200).debugDescription): \(error.message)")
            XCTAssertFalse(error.message.isEmpty)
            let rendered = StatementText(line, file: "fuzz", line: 3, column: 2).diagnostic(for: error).rendered()
            XCTAssertTrue(rendered.hasPrefix("fuzz:"), rendered)
            return "error"
        } catch {
            XCTFail("\(line.debugDescription) threw \(error)")
            return "other"
        }
    }

    // MARK: Generators

    /// Random bytes decoded as UTF-8 (invalid sequences become U+FFFD), or random scalars.
    static func randomText(_ random: inout SeededGenerator) -> String {
        let length = Int.random(in: 0...(random.chance(0.05) ? 12_000 : 80), using: &random)
        if random.chance(0.5) {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &random) }
            return String(decoding: bytes, as: UTF8.self)
        }
        var text = ""
        for _ in 0..<length {
            let value = random.chance(0.7) ? UInt32.random(in: 0x20...0x7E, using: &random) : UInt32.random(in: 0...0x10FFFF, using: &random)
            text.unicodeScalars.append(Unicode.Scalar(value) ?? "?")
        }
        return text
    }

    /// Words of the language and awkward characters, joined with or without spaces.
    static func tokenSoup(_ random: inout SeededGenerator) -> String {
        let count = Int.random(in: 1...14, using: &random)
        let separator = random.chance(0.7) ? " " : ""
        return (0..<count).map { _ in random.pick(vocabulary, or: "trials") }.joined(separator: separator)
    }

    /// A valid query with tokens deleted, inserted, swapped or duplicated.
    static func mutation(_ random: inout SeededGenerator) -> String {
        var words = random.pick(valid, or: "trials").split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            let position = Int.random(in: 0...words.count, using: &random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0 where !words.isEmpty: words.remove(at: min(position, words.count - 1))
            case 1: words.insert(random.pick(vocabulary, or: "("), at: position)
            case 2 where words.count > 1:
                let other = Int.random(in: 0..<words.count, using: &random)
                words.swapAt(min(position, words.count - 1), other)
            case 3 where !words.isEmpty:
                let word = words[min(position, words.count - 1)]
                let cut = Int.random(in: 0...word.count, using: &random)
                words[min(position, words.count - 1)] = String(word.prefix(cut)) + random.pick(["", "\"", "(", "-", ".", "'"], or: "") + String(word.dropFirst(cut))
            default:
                if let word = words.randomElement(using: &random) { words.insert(word, at: position) }
            }
        }
        return words.joined(separator: random.chance(0.9) ? " " : "")
    }
}
