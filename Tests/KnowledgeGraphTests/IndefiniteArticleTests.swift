import KnowledgeGraph
import XCTest

/// `a` or `an` by how a kind's or a type's name sounds, not only by its first letter.
final class IndefiniteArticleTests: XCTestCase {
    func testTheArticleFollowsTheSound() {
        let words = ["trial": "a trial", "evidence": "an evidence", "agent-group": "an agent-group", "url": "a url", "URL": "a URL",
                     "unique-trial": "a unique-trial", "user": "a user", "one-off": "a one-off", "enum": "an enum", "update": "an update", "": ""]
        for (word, expected) in words { XCTAssertEqual(word.withIndefiniteArticle, expected, word) }
    }
}
