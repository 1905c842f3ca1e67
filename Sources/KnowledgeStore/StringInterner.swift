import Glibc
import KnowledgeGraph

/// Gives each distinct string one number while an image is written; number 0 is the empty string,
/// which also stands for "none".
struct StringInterner {
    private var numbers: [String: UInt32] = ["": 0]
    private(set) var bytes: [UInt8] = []
    private(set) var offsets: [UInt32] = [0, 0]

    /// The string's number, adding it when new.
    mutating func callAsFunction(_ string: String) throws -> UInt32 {
        if let number = numbers[string] { return number }
        let number = UInt32(offsets.count - 1)
        bytes += string.utf8
        guard bytes.count < Int(UInt32.max) else { throw ImageError.tooLarge }
        offsets.append(UInt32(bytes.count))
        numbers[string] = number
        return number
    }

    /// The number of an optional string, 0 for nil.
    mutating func callAsFunction(_ string: String?) throws -> UInt32 {
        guard let string else { return 0 }
        return try self(string)
    }

    /// String `number`, which must have been numbered here.
    func string(_ number: UInt32) -> String {
        String(decoding: bytes[Int(offsets[Int(number)])..<Int(offsets[Int(number) + 1])], as: UTF8.self)
    }

    /// The number of string `number` lower-cased, adding it when new; the same number when it has
    /// nothing to lower (most ids and names), found without making a string.
    mutating func lowercased(_ number: UInt32) throws -> UInt32 {
        let range = Int(offsets[Int(number)])..<Int(offsets[Int(number) + 1])
        if !bytes[range].contains(where: { $0 >= 0x80 || (0x41...0x5A).contains($0) }) { return number }
        return try self(string(number).lowercased())
    }

    /// Byte-wise order of strings `a` and `b`: the order the image's lookup tables are sorted in.
    func precedes(_ a: UInt32, _ b: UInt32) -> Bool {
        let (startA, endA) = (Int(offsets[Int(a)]), Int(offsets[Int(a) + 1]))
        let (startB, endB) = (Int(offsets[Int(b)]), Int(offsets[Int(b) + 1]))
        let (countA, countB) = (endA - startA, endB - startB)
        let order = bytes.withUnsafeBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress, min(countA, countB) > 0 else { return 0 }
            return memcmp(base + startA, base + startB, min(countA, countB))
        }
        return order != 0 ? order < 0 : countA < countB
    }
}
