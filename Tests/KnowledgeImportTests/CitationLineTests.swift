import XCTest
@testable import KnowledgeImport

/// The citation lines PubMed prints, read part by part, and lines that only look like them.
final class CitationLineTests: XCTestCase {
    private func parts(_ line: String) -> [String?]? {
        CitationLine(line).map { [$0.number.map(String.init), $0.journal, $0.dateText, $0.volume, $0.issue, $0.pages, $0.doi] }
    }

    func testTheCitationLinesPubMedPrintsAreRead() {
        let lines: [(String, [String?])] = [
            ("J Imag Med. 2019 Mar;24(2):187-91.", [nil, "J Imag Med", "2019 Mar", "24", "2", "187-91", nil]),
            ("1. J Imag Med. 2021 Nov 3;26(4):e112. doi: 10.5555/jim.2021.0112. Epub 2021 Oct 1.", ["1", "J Imag Med", "2021 Nov 3", "26", "4", "e112", "10.5555/jim.2021.0112"]),
            (". 2019 Mar;24(2):187-91.", [nil, nil, "2019 Mar", "24", "2", "187-91", nil]),
            ("J Imag Med. 2024 Jan 5:S0000-0000(24)00001-1. doi: 10.5555/jim.2024.0001.", [nil, "J Imag Med", "2024 Jan 5", nil, nil, "S0000-0000(24)00001-1", "10.5555/jim.2024.0001"]),
            ("J Imag Med. 2010 Jun 9;303(22):2248-9; author reply 2249-50.", [nil, "J Imag Med", "2010 Jun 9", "303", "22", "2248-9", nil]),
            ("J Imag Med. 2023 Jul-Sep;45(3):344-349.", [nil, "J Imag Med", "2023 Jul-Sep", "45", "3", "344-349", nil]),
            ("J Imag Med. 2013 Oct 16;103(12 Suppl 1):956-1034.", [nil, "J Imag Med", "2013 Oct 16", "103", "12 Suppl 1", "956-1034", nil]),
            ("J Imag Med. 2024 Feb.", [nil, "J Imag Med", "2024 Feb", nil, nil, nil, nil]),
            ("J Imag Med (1992). 2023;69:e20230560.", [nil, "J Imag Med (1992)", "2023", "69", nil, "e20230560", nil]),
            ("2. J Imag Med. 1998 Dec-1999 Jan;7:1-2.", ["2", "J Imag Med", "1998 Dec-1999 Jan", "7", nil, "1-2", nil]),
        ]
        for (line, expected) in lines {
            XCTAssertEqual(parts(line), expected, line)
        }
    }

    func testLinesThatAreNoCitationAreNot() {
        for line in ["In 2010 the registry opened.", "2019.", ". 2010 the registry opened.", "Epub 2024 Jan 1.", "PMID: 99900001 DOI: 10.5555/x",
                     "© 2021 The Imaginary Society.", "J Imag Med. 12345;1:1.", "J Imag Med. 2019 Mar;24(2:187-91."] {
            XCTAssertNil(CitationLine(line), line)
        }
    }

    func testALongLineIsReadInLinearTime() {
        for line in [String(repeating: "x. 2019 ", count: 100_000), String(repeating: ". 2019;", count: 100_000), String(repeating: "2019 Mar;1(", count: 50_000)] {
            let start = Date()
            _ = CitationLine(line)
            XCTAssertLessThan(Date().timeIntervalSince(start), 5)
        }
    }
}
