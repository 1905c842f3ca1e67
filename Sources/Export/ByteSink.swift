import FileSafety
import Glibc

/// Where an export's bytes go: a file being replaced atomically, or standard output.
public protocol ByteSink: AnyObject {
    /// Writes all of `bytes`, or throws.
    func write(_ bytes: UnsafeRawBufferPointer) throws
}

extension AtomicFile: ByteSink {}

/// An open file descriptor, such as standard output, written with `write(2)`.
public final class DescriptorSink: ByteSink {
    public let descriptor: Int32
    /// How messages name it: `standard output`.
    public let name: String

    public init(descriptor: Int32, name: String) {
        self.descriptor = descriptor
        self.name = name
    }

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress?.advanced(by: offset), bytes.count - offset)
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { throw FileError("write", name, String(cString: strerror(errno))) }
            offset += written
        }
    }
}
