/// Gives each distinct string one number while an image is written; number 0 is the empty string,
/// which also stands for "none".
struct StringInterner {
    private var numbers: [String: UInt32] = ["": 0]
    private(set) var bytes: [UInt8] = []
    private(set) var offsets: [UInt32] = [0, 0]
    /// Each string's bytes, by number, for sorting tables by key bytes while writing.
    private(set) var utf8: [[UInt8]] = [[]]

    /// The string's number, adding it when new.
    mutating func callAsFunction(_ string: String) throws -> UInt32 {
        if let number = numbers[string] { return number }
        let number = UInt32(utf8.count)
        let encoded = Array(string.utf8)
        bytes += encoded
        guard bytes.count < Int(UInt32.max) else { throw ImageError.tooLarge }
        offsets.append(UInt32(bytes.count))
        utf8.append(encoded)
        numbers[string] = number
        return number
    }

    /// The number of an optional string, 0 for nil.
    mutating func callAsFunction(_ string: String?) throws -> UInt32 {
        guard let string else { return 0 }
        return try self(string)
    }
}
