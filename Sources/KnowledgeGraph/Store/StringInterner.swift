import Glibc

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
