/// For fuzzing and tests only: the same image with its length and checksum rewritten to match its
/// bytes, so that changes inside it reach the checks behind the checksum.
public enum CompiledImageRepair {
    public static func resealed(_ image: [UInt8]) -> [UInt8] {
        guard image.count >= ImageFormat.headerSize else { return image }
        var sealed = image
        withUnsafeBytes(of: UInt64(image.count).littleEndian) { sealed.replaceSubrange(16..<24, with: $0) }
        let checksum = sealed.withUnsafeBytes { ImageChecksum.of(UnsafeRawBufferPointer(rebasing: $0[ImageFormat.headerSize...])) }
        withUnsafeBytes(of: checksum.littleEndian) { sealed.replaceSubrange(24..<32, with: $0) }
        return sealed
    }
}
