#if canImport(Glibc)
import Glibc
#endif

/// Hands memory the allocator holds but no longer uses back to the system. glibc keeps what large
/// arrays free in its heap for reuse, so while an image is laid out, the sections already copied
/// into it would count twice; `malloc_trim` (glibc's, found at run time since Swift does not import
/// `malloc.h`) gives those pages back. Elsewhere it does nothing.
enum FreedMemory {
    private typealias Trim = @convention(c) (Int) -> Int32

    private static let trim: Trim? = {
        #if canImport(Glibc)
        guard let process = dlopen(nil, RTLD_NOW), let symbol = dlsym(process, "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: Trim.self)
        #else
        return nil
        #endif
    }()

    static func giveBack() {
        _ = trim?(0)
    }
}
