import Foundation
import XCTest

/// `kx --step FILE` with `#pause` and `#? QUESTION` in the script, keys piped on standard input;
/// the same script run by `kx FILE` and checked by `kx test` treats both as comments.
final class PlaybackMarkerPipeTests: XCTestCase {
    private static let knowledge = ["--no-builtin", "--knowledge", KXProcess.packageRoot.appendingPathComponent("Tests/ExplorerTests/Fixtures/teaching").path]

    func testPausesAndARevealStepThroughAPipe() throws {
        let folder = try KXProcess.temporaryDirectory(self)
        try """
            .format plain
            # The registry follows patients.
            #pause
            # Whom?
            #? Which query names the patients FeverLog follows?
            feverlog -> covers
            #> id\tname\tcondition\tsize
            #> feverlog-patients\tpatients with GRX-positive grey fever followed by the registry\tGRX-positive grey fever\tmany

            """.write(to: folder.appendingPathComponent("class.kx"), atomically: false, encoding: .utf8)
        let played = try KXProcess.run(Self.knowledge + ["--step", "class.kx", "--record", "class.md"], stdin: "\n\nx\n\n\n", directory: folder)
        XCTAssertEqual(played.status, 0, played.stderr)
        XCTAssertEqual(played.stderr, "press Enter to reveal the answer, s to skip it, b to go back one, q to quit\n")
        XCTAssertEqual(played.stdout, """
            Playing class.kx: 2 statements. Enter runs each one; s skips it, b goes back one, q quits.

            » .format plain

            The registry follows patients.
            Whom?
            Question: Which query names the patients FeverLog follows?
            » feverlog -> covers
            id\tname\tcondition\tsize
            feverlog-patients\tpatients with GRX-positive grey fever followed by the registry\tGRX-positive grey fever\tmany
            End of class.kx: 2 run, 0 skipped.

            """)
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("class.md"), encoding: .utf8), """
            ```kx
            .format plain
            ```

            The registry follows patients.

            Whom?

            **Question:** Which query names the patients FeverLog follows?

            ```kx
            feverlog -> covers
            ```

            | id | name | condition | size |
            | --- | --- | --- | --- |
            | feverlog-patients | patients with GRX-positive grey fever followed by the registry | GRX-positive grey fever | many |


            """)

        let ran = try KXProcess.run(Self.knowledge + ["class.kx"], directory: folder)
        XCTAssertEqual(ran.status, 0, ran.stderr)
        XCTAssertEqual(ran.stdout, "id\tname\tcondition\tsize\nfeverlog-patients\tpatients with GRX-positive grey fever followed by the registry\tGRX-positive grey fever\tmany\n")
        let tested = try KXProcess.run(["test"] + Self.knowledge + ["class.kx"], directory: folder)
        XCTAssertEqual(tested.status, 0, tested.stdout + tested.stderr)
    }
}
