import Explorer
import Foundation
import Rendering
import XCTest

/// Every result type in every format, through a session (so as users see them).
final class ResultRendererTests: XCTestCase {
    private let citation = "Pusztai L, et al. Continued use of trastuzumab (herceptin) after progression on prior trastuzumab therapy in HER-2-positive metastatic breast cancer. Cancer Invest. 2006 Mar;24(2):187-91. doi:10.1080/07357900500524629"

    /// The top-level keys of a rendered JSON object, in order.
    private func keys(_ json: String) throws -> [String] {
        let lines = json.split(separator: "\n").filter { $0.hasPrefix("  \"") }
        return lines.map { line in String(line.dropFirst(3).prefix { $0 != "\"" }) }
    }

    /// A parsed JSON object's members as text, so numbers and strings compare simply.
    private func texts(_ value: Any?) -> [String: String]? {
        (value as? [String: Any])?.mapValues { "\($0)" }
    }

    private func object(_ json: String) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    // MARK: counts

    func testCountInEveryFormat() throws {
        XCTAssertEqual(try Seed.output("count trials"), "2 trials\n")
        XCTAssertEqual(try Seed.output("count registries"), "1 registry\n")
        XCTAssertEqual(try Seed.output("count trastuzumab <- concerns"), "7 entities\n")
        XCTAssertEqual(try Seed.output("count trials", format: .plain), "2\n")
        XCTAssertEqual(try Seed.output("count trials", format: .csv), "count\n2\n")
        XCTAssertEqual(try Seed.output("count trials", format: .markdown), "| count |\n| ---: |\n| 2 |\n")
        XCTAssertEqual(try Seed.output("count trials", format: .json), "{\n  \"count\": 2,\n  \"of\": \"trials\"\n}\n")
        XCTAssertEqual(try Seed.output("count trials where status=recruiting", format: .json), "{\n  \"count\": 0,\n  \"of\": \"trials\"\n}\n")
    }

    // MARK: entity lists

    func testEntityListInTheTableFormat() throws {
        XCTAssertEqual(try Seed.output("registries -> addresses"), """
            ┌────────────────────────────┬───────────────────────────────────────────────────────────┬────────────┬────────────┐
            │ id                         │ name                                                      │ status     │ importance │
            ├────────────────────────────┼───────────────────────────────────────────────────────────┼────────────┼────────────┤
            │ continue-after-progression │ whether to continue trastuzumab after disease progression │ unanswered │ important  │
            └────────────────────────────┴───────────────────────────────────────────────────────────┴────────────┴────────────┘
            (1 question)

            """)
    }

    func testNumberColumnsOfEntityListsAreRightAligned() throws {
        let text = try Seed.output("trials")
        XCTAssertTrue(text.contains("│ failed-to-accrue │             │             2 │\n"), text)
        XCTAssertTrue(try Seed.output("trials", format: .markdown).contains("| --- | --- | --- | --- | --- | --- | ---: |\n"))
    }

    func testMixedKindsGetAKindColumnAndNoAttributes() throws {
        XCTAssertEqual(try Seed.output("herceptin -> concerned_in limit 2", format: .csv), """
            id,kind,name
            modest-toxicity,evidence-statement,the modest toxicity of trastuzumab
            no-convincing-evidence,evidence-statement,there is no convincing evidence to support extended trastuzumab therapy after progression

            """)
    }

    func testEmptyListsInEveryFormat() throws {
        let query = "trials where status=recruiting"
        XCTAssertEqual(try Seed.output(query), """
            ┌────┬──────┐
            │ id │ name │
            ├────┼──────┤
            └────┴──────┘
            (0 trials: no trial has status=recruiting; values seen: failed-to-accrue, planned)

            """)
        XCTAssertEqual(try Seed.output(query, format: .plain), "id\tname\n")
        XCTAssertEqual(try Seed.output(query, format: .csv), "id,name\n")
        XCTAssertEqual(try Seed.output(query, format: .markdown), "| id | name |\n| --- | --- |\n")
        XCTAssertEqual(try Seed.output(query, format: .json), "[]\n")
    }

    func testEntityListJSONGivesEveryRowItsIdentityAndAttributes() throws {
        XCTAssertEqual(try Seed.output("questions where status=new", format: .json), """
            [
              {
                "id": "switch-or-continue",
                "kind": "question",
                "name": "will switching to second generation HER2-targeted agents be more effective than continuing trastuzumab",
                "aliases": [
                  "switching question"
                ],
                "status": "new"
              }
            ]

            """)
        let publication = try Seed.output("publications", format: .json)
        XCTAssertTrue(publication.contains("    \"date\": \"2006-03\",\n    \"volume\": 24,\n    \"issue\": 2,\n"), "numbers stay numbers: \(publication)")
    }

    // MARK: tables (select, neighbors, introspection)

    func testSelectJSONUsesArraysForRelationsAndNullForMissingValues() throws {
        XCTAssertEqual(try Seed.output("select id, addresses, minimum-count from trials", format: .json), """
            [
              {
                "id": "no-trastuzumab-control-trials",
                "addresses": [
                  "continue-after-progression"
                ],
                "minimum-count": 2
              },
              {
                "id": "planned-switching-trials",
                "addresses": [
                  "switch-or-continue"
                ],
                "minimum-count": null
              }
            ]

            """)
    }

    func testNeighborsInPlainFormat() throws {
        XCTAssertEqual(try Seed.output("neighbors lajos-pusztai", format: .plain), """
            depth\tid\tkind\tname\tvia
            1\tpusztai-2006\tpublication\tPusztai et al. 2006\tlajos-pusztai <-first_author-

            """)
    }

    // MARK: cards

    func testCardInTheTableFormat() throws {
        XCTAssertEqual(try Seed.output("show lajos-pusztai"), """
            Lajos Pusztai
            lajos-pusztai · person
            also known as: Pusztai

            source text
              “Lajos Pusztai” (Authors)

            relations
              <- first_author  pusztai-2006 · Pusztai et al. 2006
                               “Authors: Lajos Pusztai et al.” (Authors)

            sources
              [pusztai-2006] Pusztai L, et al. Continued use of trastuzumab (herceptin) after progression on
                             prior trastuzumab therapy in HER-2-positive metastatic breast cancer. Cancer
                             Invest. 2006 Mar;24(2):187-91. doi:10.1080/07357900500524629

            """)
    }

    func testCardValuesLineUpPastTheLongestLabel() throws {
        let lines = try Seed.output("show registher").split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertTrue(lines.contains("  url           www.registher.com"), "\(lines)")
        XCTAssertTrue(lines.contains("  <- prompted   no-randomized-results · there are no results from a randomized clinical trial"), "\(lines)")
        XCTAssertTrue(lines.contains("  -> concerns   trastuzumab"), "an entity named by its id is not named twice: \(lines)")
    }

    func testCardFitsTheTerminalWidth() throws {
        let (session, sink) = try Seed.session()
        session.settings.width = 60
        session.execute("show registher")
        let lines = sink.output.split(separator: "\n")
        for line in lines {
            XCTAssertLessThanOrEqual(TerminalText.displayWidth(of: String(line)), 60, String(line))
        }
        XCTAssertTrue(lines.contains("  purpose       to learn about the long term side effects"), "\(lines)")
        XCTAssertTrue(lines.contains("                and benefits of prolonged trastuzumab"), "\(lines)")
        XCTAssertTrue(lines.contains("  [pusztai-2006] Pusztai L, et al. Continued use of"), "\(lines)")
        XCTAssertTrue(lines.contains("                 trastuzumab (herceptin) after progression"), "\(lines)")
    }

    func testCardStylesEachQuoteLineOnATerminal() throws {
        let (session, sink) = try Seed.session()
        session.settings.style = .ansi
        session.settings.width = 60
        session.execute("show registher")
        let lines = sink.output.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "\u{1B}[1mRegistHER\u{1B}[0m")
        XCTAssertEqual(lines[1], "\u{1B}[36mregisther\u{1B}[0m · \u{1B}[35mregistry\u{1B}[0m")
        let quoted = lines.filter { $0.contains("\u{1B}[3m") }
        XCTAssertGreaterThan(quoted.count, 10)
        for line in quoted {
            XCTAssertTrue(line.hasSuffix("\u{1B}[0m"), "a style never runs past the end of a line: \(line)")
        }
    }

    func testCardInMarkdown() throws {
        XCTAssertEqual(try Seed.output("show women-with-metastatic-disease", format: .markdown), """
            ## women with HER-2-positive metastatic breast cancer

            `women-with-metastatic-disease` · population

            also known as: women with metastatic disease

            ### source text
            > “for women with metastatic disease” (sentence 1)
            >
            > “in HER-2-positive metastatic breast cancer” (Title)

            ### attributes
            - **condition**: HER-2-positive metastatic breast cancer — “HER-2-positive metastatic breast cancer” (Title)
            - **setting**: metastatic disease — “women with metastatic disease” (sentence 1)

            ### relations
            - **<- relevant_to**: `continue-after-progression` · whether to continue trastuzumab after disease progression — “is an important unanswered clinical question for women with metastatic disease.” (sentence 1)

            ### notes
            - Sentence 1 says "women with metastatic disease"; the title places the question in HER-2-positive metastatic breast cancer. Both quotes are kept.

            ### sources
            - [pusztai-2006] \(citation)

            """)
    }

    func testCardInPlainAndCSVIsOneFactARow() throws {
        XCTAssertEqual(try Seed.output("show lajos-pusztai", format: .plain), """
            field\tvalue\tquote\twhere
            id\tlajos-pusztai\t\t
            kind\tperson\t\t
            name\tLajos Pusztai\tLajos Pusztai\tpusztai-2006, Authors
            alias\tPusztai\t\t
            <- first_author\tpusztai-2006\tAuthors: Lajos Pusztai et al.\tpusztai-2006, Authors

            """)
        let csv = try Seed.output("show continued-administration", format: .csv)
        XCTAssertTrue(csv.hasPrefix("field,value,quote,where\nid,continued-administration,,\nkind,practice,,\n"), csv)
        XCTAssertTrue(csv.contains("\n<- may_account_for,modest-toxicity,\"The modest toxicity and the possible, but unproven, benefit from the continued use of trastuzumab may account for the currently wide spread practice\",\"pusztai-2006, sentence 4\"\n"), csv)
    }

    func testCardJSONShape() throws {
        let json = try Seed.output("show registher", format: .json)
        XCTAssertEqual(try keys(json), ["id", "kind", "name", "aliases", "attributes", "relations", "quotes", "notes", "sources"])
        let card = try object(json)
        let attribute = try XCTUnwrap((card["attributes"] as? [[String: Any]])?.first)
        XCTAssertEqual(attribute["name"] as? String, "url")
        XCTAssertEqual(attribute["value"] as? String, "www.registher.com")
        XCTAssertEqual(texts(attribute["source"]),
                       ["quote": "RegistHER, www.registher.com", "document": "pusztai-2006", "where": "sentence 7", "start": "1296", "end": "1324"])
        let relation = try XCTUnwrap((card["relations"] as? [[String: Any]])?.last)
        XCTAssertEqual(Set(relation.keys), ["relation", "direction", "id", "kind", "name", "sources"])
        XCTAssertEqual(relation["relation"] as? String, "prompted_by")
        XCTAssertEqual(relation["direction"] as? String, "incoming")
        XCTAssertEqual((relation["sources"] as? [[String: Any]])?.count, 1)
        let quotes = try XCTUnwrap(card["quotes"] as? [Any])
        XCTAssertEqual(quotes.count, 1)
        XCTAssertEqual(texts(quotes.first),
                       ["quote": "a central registry program", "document": "pusztai-2006", "where": "sentence 7", "start": "1112", "end": "1138"])
        XCTAssertEqual(card["notes"] as? [String], [])
        XCTAssertEqual(card["sources"] as? [String: String], ["pusztai-2006": citation])
    }

    // MARK: paths

    func testPathsInTableAndJSON() throws {
        XCTAssertEqual(try Seed.output("path registher to relapse-after-adjuvant"), """
            ┌───────┬─────────────────────────────────────────────────────────────────────────────────────────┐
            │ steps │ path                                                                                    │
            ├───────┼─────────────────────────────────────────────────────────────────────────────────────────┤
            │     2 │ registher -addresses-> continue-after-progression -relevant_to-> relapse-after-adjuvant │
            └───────┴─────────────────────────────────────────────────────────────────────────────────────────┘
            (1 shortest path)

            """)
        XCTAssertEqual(try Seed.output("path registher to trastuzumab", format: .json), """
            {
              "from": "registher",
              "to": "trastuzumab",
              "length": 1,
              "paths": [
                [
                  {
                    "from": "registher",
                    "relation": "concerns",
                    "direction": "outgoing",
                    "to": "trastuzumab"
                  }
                ]
              ],
              "truncated": false
            }

            """)
    }

    func testNoPathSaysWhy() throws {
        XCTAssertTrue(try Seed.output("path registher to lajos-pusztai").hasSuffix("(0 shortest paths: registher and lajos-pusztai are not connected)\n"))
        XCTAssertTrue(try Seed.output("path registher to RegistHER").hasSuffix("(0 shortest paths: an entity is its own start and end)\n"))
        XCTAssertEqual(try Seed.output("path registher to lajos-pusztai", format: .json),
                       "{\n  \"from\": \"registher\",\n  \"to\": \"lajos-pusztai\",\n  \"length\": null,\n  \"paths\": [],\n  \"truncated\": false\n}\n")
        XCTAssertEqual(try Seed.output("path registher to lajos-pusztai", format: .csv), "steps,path\n")
    }

    // MARK: quotes

    func testQuotesInTheTableFormatEndWithTheCitations() throws {
        XCTAssertEqual(try Seed.output("why pusztai-2006 first_author lajos-pusztai"), """
            ┌─────────────────────────────────────────┬───────────────────────────────┬───────────────────────┐
            │ fact                                    │ quote                         │ where                 │
            ├─────────────────────────────────────────┼───────────────────────────────┼───────────────────────┤
            │ pusztai-2006 first_author lajos-pusztai │ Authors: Lajos Pusztai et al. │ pusztai-2006, Authors │
            └─────────────────────────────────────────┴───────────────────────────────┴───────────────────────┘
            (1 quote)
            [pusztai-2006] Pusztai L, et al. Continued use of trastuzumab (herceptin) after progression on prior
                           trastuzumab therapy in HER-2-positive metastatic breast cancer. Cancer Invest. 2006
                           Mar;24(2):187-91. doi:10.1080/07357900500524629

            """)
    }

    func testQuotesInMachineFormatsHaveNoCitationLines() throws {
        XCTAssertEqual(try Seed.output("why lajos-pusztai", format: .markdown), """
            | fact | quote | where |
            | --- | --- | --- |
            | Lajos Pusztai is a person | Lajos Pusztai | pusztai-2006, Authors |
            | pusztai-2006 first_author lajos-pusztai | Authors: Lajos Pusztai et al. | pusztai-2006, Authors |

            """)
    }

    func testQuotesJSONShape() throws {
        XCTAssertEqual(try Seed.output("why continue-after-progression addressed_by registher", format: .json), """
            {
              "subject": "registher addresses continue-after-progression",
              "quotes": [
                {
                  "fact": "registher addresses continue-after-progression",
                  "quote": "In the absence of results from a randomized clinical trial, a central registry program",
                  "document": "pusztai-2006",
                  "where": "sentence 7",
                  "start": 1052,
                  "end": 1138
                }
              ],
              "sources": {
                "pusztai-2006": "\(citation)"
              }
            }

            """)
    }
}
