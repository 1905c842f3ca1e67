import Glibc

/// A NUL-terminated UTF-32 (`wchar_t`) copy of a string, owned by this object,
/// for libedit's wide-character API which needs pointers that outlive a call.
final class WideString {
    /// A permanently valid empty wide string for C callbacks with nothing to return (never written).
    nonisolated(unsafe) static let empty: UnsafeMutablePointer<wchar_t> = {
        let pointer = UnsafeMutablePointer<wchar_t>.allocate(capacity: 1)
        pointer.initialize(to: 0)
        return pointer
    }()

    /// The NUL-terminated characters; valid until this object is deallocated.
    let pointer: UnsafeMutablePointer<wchar_t>

    /// The string that was copied.
    let text: String

    /// Copies `string`, one `wchar_t` per Unicode scalar.
    init(_ string: String) {
        text = string
        let scalars = string.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        pointer = UnsafeMutablePointer<wchar_t>.allocate(capacity: scalars.count + 1)
        pointer.initialize(from: scalars, count: scalars.count)
        (pointer + scalars.count).initialize(to: 0)
    }

    deinit {
        pointer.deallocate()
    }

    /// Calls `body` with the NUL-terminated characters, keeping them alive meanwhile.
    func withPointer<Result>(_ body: (UnsafePointer<wchar_t>) -> Result) -> Result {
        withExtendedLifetime(self) { body(pointer) }
    }

    /// Decodes `count` wide characters starting at `characters`.
    static func string(from characters: UnsafePointer<wchar_t>, count: Int) -> String {
        var scalars = String.UnicodeScalarView()
        for value in UnsafeBufferPointer(start: characters, count: max(count, 0)) {
            scalars.append(Unicode.Scalar(UInt32(bitPattern: value)) ?? "\u{FFFD}")
        }
        return String(scalars)
    }
}
