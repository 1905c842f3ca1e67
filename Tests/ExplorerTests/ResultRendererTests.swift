import Explorer
import Foundation
import KnowledgeQuery
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
        XCTAssertEqual(try Seed.output("count trastuzumab <- uses"), "3 entities\n")
        XCTAssertEqual(try Seed.output("count trials", format: .plain), "2\n")
        XCTAssertEqual(try Seed.output("count trials", format: .csv), "count\n2\n")
        XCTAssertEqual(try Seed.output("count trials", format: .markdown), "| count |\n| ---: |\n| 2 |\n")
        XCTAssertEqual(try Seed.output("count trials", format: .json), "{\n  \"count\": 2,\n  \"of\": \"trials\"\n}\n")
        XCTAssertEqual(try Seed.output("count trials where status=recruiting", format: .json), "{\n  \"count\": 0,\n  \"of\": \"trials\"\n}\n")
    }

    // MARK: entity lists

    func testEntityListInTheTableFormat() throws {
        XCTAssertEqual(try Seed.output("registries -> studies"), """
            ┌───────────────────────────────┬───────────┬───────────────────────────────┐
            │ id                            │ kind      │ name                          │
            ├───────────────────────────────┼───────────┼───────────────────────────────┤
            │ prolonged-trastuzumab-therapy │ treatment │ prolonged trastuzumab therapy │
            └───────────────────────────────┴───────────┴───────────────────────────────┘
            (1 entity)

            """)
    }

    func testNumberColumnsOfEntityListsAreRightAligned() throws {
        let text = try Seed.output("trials")
        XCTAssertTrue(text.contains("│ failed to accrue patients │             │             2 │\n"), text)
        XCTAssertTrue(try Seed.output("trials", format: .markdown).contains("| --- | --- | --- | --- | --- | --- | ---: |\n"))
    }

    func testMixedKindsGetAKindColumnAndNoAttributes() throws {
        XCTAssertEqual(try Seed.output("herceptin -> used_in limit 2", format: .csv), """
            id,kind,name
            continued-administration,practice,continued administration of trastuzumab after progression
            continued-trastuzumab,treatment,continued use of trastuzumab after progression
            note: 2 entities: 1 denied statement not counted (no-trastuzumab uses trastuzumab: denied); see: why no-trastuzumab uses trastuzumab

            """)
    }

    func testEmptyListsInEveryFormat() throws {
        let query = "trials where status=recruiting"
        XCTAssertEqual(try Seed.output(query), """
            ┌────┬──────┐
            │ id │ name │
            ├────┼──────┤
            └────┴──────┘
            (0 trials: no trial has status=recruiting; values seen: attempted, planned)

            """)
        // The formats with no footer keep their shape; the session writes the same words as a note on standard error.
        let note = "note: 0 trials: no trial has status=recruiting; values seen: attempted, planned\n"
        XCTAssertEqual(try Seed.output(query, format: .plain), "id\tname\n" + note)
        XCTAssertEqual(try Seed.output(query, format: .csv), "id,name\n" + note)
        XCTAssertEqual(try Seed.output(query, format: .markdown), "| id | name |\n| --- | --- |\n" + note)
        XCTAssertEqual(try Seed.output(query, format: .json), "[]\n" + note)
    }

    func testOnlyJSONAsksForWhereAListsStatementsComeFrom() {
        XCTAssertEqual(OutputFormat.allCases.filter { ResultRenderer(format: $0).detail == .provenance }, [.json])
    }

    func testEntityListJSONGivesEveryRowItsIdentityAndAttributes() throws {
        XCTAssertEqual(try Seed.output("questions where novelty=new", format: .json), """
            [
              {
                "id": "switch-or-continue",
                "kind": "question",
                "name": "will switching to second generation HER2-targeted agents be more effective than continuation of trastuzumab",
                "aliases": [
                  "switching question"
                ],
                "status": "posed",
                "novelty": "new",
                "statements": [
                  {
                    "attribute": "status",
                    "value": "posed",
                    "document": "pusztai-2006",
                    "hedge": null,
                    "negated": false,
                    "as_of": "2006-03",
                    "notes": [
                      "Sentence 8 poses the question and sentence 9 says trials are planned to address it; the abstract does not call it unanswered, as it does the continuation question."
                    ],
                    "where": [
                      "sentence 8"
                    ]
                  },
                  {
                    "attribute": "novelty",
                    "value": "new",
                    "document": "pusztai-2006",
                    "hedge": null,
                    "negated": false,
                    "as_of": null,
                    "notes": [],
                    "where": [
                      "sentence 8"
                    ]
                  }
                ]
              }
            ]

            """)
        let publication = try Seed.output("publications", format: .json)
        XCTAssertTrue(publication.contains("    \"date\": \"2006-03\",\n    \"volume\": 24,\n    \"issue\": \"2\",\n"), "numbers stay numbers and text stays text: \(publication)")
    }

    // MARK: tables (select, neighbors, introspection)

    func testSelectJSONUsesArraysForRelationsAndNullForMissingValues() throws {
        XCTAssertEqual(try Seed.output("select id, control, minimum-count from trials", format: .json), """
            [
              {
                "id": "no-trastuzumab-control-trials",
                "control": [
                  "no-trastuzumab"
                ],
                "minimum-count": 2
              },
              {
                "id": "planned-trials",
                "control": [],
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
        XCTAssertTrue(lines.contains("  url               www.registher.com"), "\(lines)")
        XCTAssertTrue(lines.contains("  -> in_context_of  randomized-trial-results · results from a randomized clinical trial"), "\(lines)")
    }

    func testCardFitsTheTerminalWidth() throws {
        let (session, sink) = try Seed.session()
        session.settings.width = 60
        session.execute("show registher")
        let lines = sink.output.split(separator: "\n")
        for line in lines {
            XCTAssertLessThanOrEqual(TerminalText.displayWidth(of: String(line)), 60, String(line))
        }
        XCTAssertTrue(lines.contains("  purpose           to learn about the long term side"), "\(lines)")
        XCTAssertTrue(lines.contains("                    effects and benefits of prolonged"), "\(lines)")
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
            - **condition**: HER-2-positive metastatic breast cancer — “in HER-2-positive metastatic breast cancer” (Title)

            ### relations
            - **<- relevant_to**: `continue-after-progression` · whether to continue trastuzumab after objective evidence of disease progression — “is an important unanswered clinical question for women with metastatic disease.” (sentence 1)

            ### notes
            - Sentence 1 says "women with metastatic disease"; the title places the question in HER-2-positive metastatic breast cancer. Both quotes are kept.

            ### sources
            - [pusztai-2006] \(citation)

            """)
    }

    func testCardInPlainAndCSVIsOneFactARow() throws {
        XCTAssertEqual(try Seed.output("show lajos-pusztai", format: .plain), """
            field\tvalue\tquote\twhere\tqualifiers
            id\tlajos-pusztai\t\t\t
            kind\tperson\t\t\t
            name\tLajos Pusztai\tLajos Pusztai\tpusztai-2006, Authors\t
            alias\tPusztai\t\t\t
            <- first_author\tpusztai-2006\tAuthors: Lajos Pusztai et al.\tpusztai-2006, Authors\t

            """)
        let csv = try Seed.output("show continued-administration", format: .csv)
        XCTAssertTrue(csv.hasPrefix("field,value,quote,where,qualifiers\nid,continued-administration,,,\nkind,practice,,,\n"), csv)
        XCTAssertTrue(csv.contains("\n<- accounts_for,modest-toxicity,\"The modest toxicity and the possible, but unproven, benefit from the continued use of trastuzumab may account for the currently wide spread practice\",\"pusztai-2006, sentence 4\",hedged: may\n"), csv)
        XCTAssertTrue(csv.contains("\nprevalence,wide spread,the currently wide spread practice,\"pusztai-2006, sentence 4\",as of 2006-03\n"), csv)
        XCTAssertTrue(csv.contains("\nnote,\"\"\"This drug\"\" is trastuzumab, named earlier in the sentence.\",,,on -> uses trastuzumab\n"), csv)
    }

    func testCardJSONShape() throws {
        let json = try Seed.output("show registher", format: .json)
        XCTAssertEqual(try keys(json), ["id", "kind", "name", "aliases", "xrefs", "attributes", "relations", "quotes", "notes", "sources"])
        let card = try object(json)
        let attribute = try XCTUnwrap((card["attributes"] as? [[String: Any]])?.first)
        XCTAssertEqual(attribute["name"] as? String, "url")
        XCTAssertEqual(attribute["value"] as? String, "www.registher.com")
        XCTAssertEqual(attribute["document"] as? String, "pusztai-2006")
        XCTAssertTrue(attribute["hedge"] is NSNull)
        XCTAssertEqual(attribute["negated"] as? Bool, false)
        XCTAssertEqual(texts((attribute["sources"] as? [Any])?.first),
                       ["quote": "RegistHER, www.registher.com", "document": "pusztai-2006", "where": "sentence 7", "start": "1296", "end": "1324"])
        let relation = try XCTUnwrap((card["relations"] as? [[String: Any]])?.last)
        XCTAssertEqual(Set(relation.keys), ["relation", "direction", "id", "kind", "name", "document", "hedge", "negated", "as_of", "notes", "sources"])
        XCTAssertEqual(relation["relation"] as? String, "studies")
        XCTAssertEqual(relation["direction"] as? String, "outgoing")
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
        XCTAssertEqual(try Seed.output("path registher to trastuzumab"), """
            ┌───────┬────────────────────────────────────────────────────────────────────────┐
            │ steps │ path                                                                   │
            ├───────┼────────────────────────────────────────────────────────────────────────┤
            │     2 │ registher -studies-> prolonged-trastuzumab-therapy -uses-> trastuzumab │
            └───────┴────────────────────────────────────────────────────────────────────────┘
            (1 shortest path)

            """)
        XCTAssertEqual(try Seed.output("path registher to trastuzumab", format: .json), """
            {
              "from": "registher",
              "to": "trastuzumab",
              "length": 2,
              "paths": [
                [
                  {
                    "from": "registher",
                    "relation": "studies",
                    "direction": "outgoing",
                    "to": "prolonged-trastuzumab-therapy"
                  },
                  {
                    "from": "prolonged-trastuzumab-therapy",
                    "relation": "uses",
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
        XCTAssertEqual(try Seed.output("why switch-or-continue addressed_by planned-trials", format: .json), """
            {
              "subject": "planned-trials addresses switch-or-continue",
              "quotes": [
                {
                  "fact": "planned-trials addresses switch-or-continue",
                  "hedge": "implied",
                  "negated": false,
                  "as_of": null,
                  "quote": "Clinical trials are currently planned to address question prospectively.",
                  "document": "pusztai-2006",
                  "where": "sentence 9",
                  "start": 1613,
                  "end": 1685
                }
              ],
              "notes": [
                "planned-trials addresses switch-or-continue: The sentence says the trials will \\"address question prospectively\\" right after posing the switching question; it does not name which question."
              ],
              "sources": {
                "pusztai-2006": "\(citation)"
              }
            }

            """)
    }
}
