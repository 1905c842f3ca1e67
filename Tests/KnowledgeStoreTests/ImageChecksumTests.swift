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
}
