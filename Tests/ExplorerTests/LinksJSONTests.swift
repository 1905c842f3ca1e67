import Explorer
import Foundation
import XCTest

/// `--links` (`.links on`): JSON entity lists give each entity its relation statements, as `show`
/// does; `neighbors` JSON gives the step it was reached over as fields.
final class LinksJSONTests: XCTestCase {
    private func json(_ statement: String, links: Bool) throws -> [[String: Any]] {
        let (session, sink) = try PicturePack.session(format: .json) { $0.links = links }
        XCTAssertTrue(session.execute(statement), sink.errors)
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(sink.output.utf8)) as? [[String: Any]])
    }

    func testEveryEntityOfAListHasItsRelationsBothWays() throws {
        let entities = try json("entities where kind=drug or kind=effect", links: true)
        let drug = try XCTUnwrap(entities.first { $0["id"] as? String == "zorvamab" })
        let relations = try XCTUnwrap(drug["relations"] as? [[String: Any]])
        XCTAssertEqual(relations.map { "\($0["relation"] ?? "") \($0["direction"] ?? "") \($0["id"] ?? "")" }, [
            "has_effect incoming shorter-fever", "tested_in incoming kestrel", "tested_in incoming osprey",
        ], "incoming ones by their inverse name, as show lists them, in graph order")
        XCTAssertEqual(relations[0]["hedge"] as? String, "may")
        XCTAssertEqual(relations[2]["negated"] as? Bool, true)
        XCTAssertEqual(relations[1]["kind"] as? String, "trial", "the other end's kind and name, also when it is not listed")
        XCTAssertEqual(relations[1]["name"] as? String, "the Kestrel trial")
        XCTAssertEqual(relations[1]["document"] as? String, "pictures-2026")
        XCTAssertEqual(relations[1]["where"] as? [String], ["sentence 1"])
        let effect = try XCTUnwrap(entities.first { $0["id"] as? String == "shorter-fever" })
        XCTAssertEqual((effect["relations"] as? [[String: Any]])?.map { $0["relation"] as? String }, ["effect_of"])
        XCTAssertEqual(Array((try json("drugs", links: true).first ?? [:]).keys).sorted(), ["aliases", "id", "kind", "name", "relations", "statements"])
    }

    func testWithoutLinksTheListIsAsBefore() throws {
        let entity = try XCTUnwrap(try json("drugs", links: false).first)
        XCTAssertNil(entity["relations"])
    }

    func testTheSettingIsShownAndChecked() throws {
        let (session, sink) = try PicturePack.session(format: .json)
        XCTAssertTrue(session.execute(".links"))
        XCTAssertTrue(session.execute(".links ON"))
        XCTAssertTrue(session.execute(".links"))
        XCTAssertEqual(sink.output, "off\non\n")
        XCTAssertTrue(session.settings.links)
        XCTAssertFalse(session.execute(".links maybe", file: "l.kx", line: 2))
        XCTAssertTrue(sink.errors.hasPrefix("l.kx:2:8: error: expected on or off, not 'maybe'"), sink.errors)
        XCTAssertEqual(session.completions(".links o", cursor: 8).candidates, ["on", "off"])
        XCTAssertEqual(session.completions(".format s", cursor: 9).candidates, ["svg"])
    }

    func testNeighborsGiveTheStepAsFields() throws {
        let rows = try json("neighbors zorvamab", links: false)
        XCTAssertEqual(rows.count, 3)
        let via = try XCTUnwrap(rows.last?["via"] as? [String: Any])
        XCTAssertEqual(via["from"] as? String, "zorvamab")
        XCTAssertEqual(via["relation"] as? String, "tests")
        XCTAssertEqual(via["direction"] as? String, "incoming")
        XCTAssertEqual(via["to"] as? String, "osprey")
        XCTAssertEqual(via["negated"] as? Bool, true)
        XCTAssertTrue(via["hedge"] is NSNull)
    }
}
