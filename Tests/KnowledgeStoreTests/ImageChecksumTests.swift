@testable import KnowledgeStore
import XCTest

/// The image checksum is XXH64 with seed 0: the reference values of xxHash's own test vectors.
final class ImageChecksumTests: XCTestCase {
    func testTheChecksumIsXXH64() {
        let vectors: [(String, UInt64)] = [
            ("", 0xEF46_DB37_51D8_E999),
            ("a", 0xD24E_C4F1_A98C_6E5B),
            ("abc", 0x44BC_2CF5_AD77_0999),
            ("Nobody inspects the spammish repetition", 0xFBCE_A83C_8A37_8BF1),
        ]
        for (text, expected) in vectors {
            XCTAssertEqual(Array(text.utf8).withUnsafeBytes(ImageChecksum.of), expected, text)
        }
    }

    /// Given in parts of every size, the stream gives what the whole gives, across the 32-byte
    /// stripes, the 8- and 4-byte tails and the megabyte the checked reading visits at a time.
    func testTheStreamGivesTheChecksumOfThePartsJoined() {
        var generator = SystemRandomNumberGenerator()
        for count in [0, 1, 3, 31, 32, 33, 63, 64, 100, 1000, (1 << 20) + 77] {
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let whole = bytes.withUnsafeBytes(ImageChecksum.of)
            var visited = 0
            XCTAssertEqual(bytes.withUnsafeBytes { ImageChecksum.of($0) { visited += $0.count } }, whole)
            XCTAssertEqual(visited, count)
            for part in [1, 5, 31, 32, 33, 4096] {
                var stream = ImageChecksum.Stream()
                for start in stride(from: 0, to: count, by: part) {
                    bytes[start..<min(start + part, count)].withUnsafeBytes { stream.update($0) }
                }
                XCTAssertEqual(stream.finish(), whole, "\(count) bytes in parts of \(part)")
            }
        }
    }
}
