#if FUZZING
import CFuzzing

extension FuzzReplay {
    /// The input handler of the target being fuzzed: libFuzzer calls back through a C function,
    /// which cannot capture it. Set once, before the driver starts.
    nonisolated(unsafe) private static var handler: ([UInt8]) -> Void = { _ in }

    /// Starts libFuzzer's driver on `body`, with the command line libFuzzer reads; a fuzz target's
    /// `main` (which SwiftPM names `MODULE_main`) returns what this returns.
    public static func fuzz(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ body: @escaping ([UInt8]) -> Void) -> CInt {
        handler = body
        var count = argc, arguments = argv
        return LLVMFuzzerRunDriver(&count, &arguments) { data, size in
            guard let data else { return 0 }
            FuzzReplay.handler(Array(UnsafeBufferPointer(start: data, count: size)))
            return 0
        }
    }
}
#endif
