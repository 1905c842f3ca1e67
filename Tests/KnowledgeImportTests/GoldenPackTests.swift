import Foundation
import XCTest
@testable import KnowledgeImport

/// The packs made from each fixture, byte for byte: `Fixtures/golden/FIXTURE/PACK/{source.txt,facts.yaml}`.
/// After a change meant to alter them, `KX_UPDATE_GOLDEN=1 swift test --filter GoldenPackTests`
/// rewrites them; review the difference before committing it.
final class GoldenPackTests: XCTestCase {
    private static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/golden")
    private static let fixtures = ["page.txt", "page-particles.txt", "page-full.txt", "page-lost-journal.txt", "page-short.txt", "abstracts.txt", "records.nbib", "records.xml"]

    func testEachFixtureMakesItsGoldenPacks() throws {
        let update = ProcessInfo.processInfo.environment["KX_UPDATE_GOLDEN"] == "1"
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("kx-golden-\(UUID().uuidString)").path
        for name in Self.fixtures {
            let folder = Self.golden.appendingPathComponent(name)
            let packs = try PackWriter.packs(try Fixture.records(name), root: empty, force: false)
            if update {
                try? FileManager.default.removeItem(at: folder)
                for pack in packs {
                    let directory = folder.appendingPathComponent(pack.id)
                    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                    try pack.source.write(to: directory.appendingPathComponent("source.txt"), atomically: true, encoding: .utf8)
                    try pack.facts.write(to: directory.appendingPathComponent("facts.yaml"), atomically: true, encoding: .utf8)
                }
            }
            let kept = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            XCTAssertEqual(kept, packs.map(\.id).sorted(), name)
            for pack in packs {
                let directory = folder.appendingPathComponent(pack.id)
                XCTAssertEqual(pack.source, try String(contentsOf: directory.appendingPathComponent("source.txt"), encoding: .utf8), "\(name) \(pack.id)/source.txt")
                XCTAssertEqual(pack.facts, try String(contentsOf: directory.appendingPathComponent("facts.yaml"), encoding: .utf8), "\(name) \(pack.id)/facts.yaml")
            }
        }
    }
}
