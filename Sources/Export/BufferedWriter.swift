/// Collects text in a small buffer and hands it to a sink every 64 KiB, so an export of any size
/// holds at most that much of its text in memory.
final class BufferedWriter {
    static let capacity = 64 * 1024

    private let sink: ByteSink
    private var buffer: [UInt8] = []
    /// Every byte written so far, flushed or not.
    private(set) var count = 0

    init(_ sink: ByteSink) {
        self.sink = sink
        buffer.reserveCapacity(Self.capacity + 1024)
    }

    /// Appends `text` as UTF-8.
    func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write(bytes: $0) }
    }

    /// Appends bytes.
    func write(bytes: UnsafeBufferPointer<UInt8>) throws {
        buffer.append(contentsOf: bytes)
        count += bytes.count
        if buffer.count >= Self.capacity { try flush() }
    }

    /// Appends one byte.
    func write(byte: UInt8) throws {
        buffer.append(byte)
        count += 1
        if buffer.count >= Self.capacity { try flush() }
    }

    /// Hands what is buffered to the sink.
    func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try sink.write($0) }
        buffer.removeAll(keepingCapacity: true)
    }
}
