import Explorer
import Foundation
import KnowledgeGraph
import XCTest

/// The progress file's reader: what it writes reads back, and every wrong file is refused at its spot.
final class ProgressFileTests: XCTestCase {
    private let file = ProgressFile(lesson: "fever-course/first-look", steps: ["Trials", "The \"registry\"\u{202E}"], step: 1, reached: 1, finished: false,
                                    exercises: [.init(step: 0, title: "Trials", outcome: "solved", hints: 1, attempts: 2, changed: Date(timeIntervalSince1970: 1_740_821_400))])

    /// The problems of reading `text`, rendered without colour.
    private func problems(_ text: String) -> String {
        do {
            _ = try ProgressFile.read(Array(text.utf8), file: "p.json")
            return "read"
        } catch let error as KnowledgeError {
            return error.diagnostics.map { $0.rendered() }.joined(separator: "\n")
        } catch {
            return "\(error)"
        }
    }

    func testWhatIsWrittenReadsBack() throws {
        XCTAssertEqual(try ProgressFile.read(Array(file.text.utf8), file: "p.json"), file)
        XCTAssertTrue(file.text.contains(#""The \"registry\"\u202e""#), file.text)
    }

    func testEveryWrongFileIsRefusedWhereItIsWrong() {
        let text = file.text
        XCTAssertTrue(problems("").hasPrefix("p.json:1:1: error: the progress file is empty"))
        XCTAssertEqual(problems("[1, 2]"), "p.json:1:1: error: expected a progress file to be a mapping of keys to values\n 1 | [1, 2]\n   | ^")
        XCTAssertEqual(problems(#"{"format": "something else", "version": 1}"#), """
            p.json:1:12: error: this is not a kx lesson progress file (its format is 'something else')
             1 | {"format": "something else", "version": 1}
               |            ^~~~~~~~~~~~~~~~
            """)
        XCTAssertTrue(problems(text.replacingOccurrences(of: #""outcome": "solved""#, with: #""outcome": "solvd""#))
            .contains("error: unknown outcome 'solvd'"), "a misspelt outcome")
        XCTAssertTrue(problems(text.replacingOccurrences(of: #""step": 1,"#, with: #""step": 7,"#))
            .contains("error: the current step must be a whole number from 0 to 1, not '7'"))
        XCTAssertTrue(problems(text.replacingOccurrences(of: #""finished": false"#, with: #""finishd": false"#))
            .contains("error: unknown key 'finishd' in a progress file"))
        XCTAssertTrue(problems(text.replacingOccurrences(of: #""title": "Trials""#, with: #""title": "Other""#))
            .contains("error: step 0 is titled 'Trials' in 'steps', not 'Other'"))
        XCTAssertTrue(problems(text.replacingOccurrences(of: "2025-03-01T09:30:00Z", with: "yesterday"))
            .contains("error: 'yesterday' is not a time such as 2025-03-01T09:30:00Z"))
        XCTAssertTrue(problems(String(text.dropLast(30))).hasPrefix("p.json:"), "a cut file is located")
    }
}
