/// Turns a `CueNode` into a program of `CueInstruction`s (Thompson's construction): repetitions
/// with counts are copied out, so the program's size is checked as it grows.
struct CuePatternCompiler {
    private(set) var program: [CueInstruction] = []

    /// Compiles `node` and ends the program with `.match`; `whole` is the pattern's length, for the error.
    mutating func compile(_ node: CueNode, whole: Int) throws(CuePatternError) {
        try emit(node, whole: whole)
        try append(.match, whole: whole)
    }

    private mutating func append(_ instruction: CueInstruction, whole: Int) throws(CuePatternError) {
        guard program.count < CuePattern.maximumProgram else {
            throw CuePatternError(offset: 0, length: whole, message: "the pattern is too large once its repetitions are counted out",
                                  notes: ["use fewer or smaller {n,m} counts"])
        }
        program.append(instruction)
    }

    private mutating func emit(_ node: CueNode, whole: Int) throws(CuePatternError) {
        switch node {
        case .empty:
            return
        case .scalar(let scalar):
            try append(.scalar(scalar), whole: whole)
        case .any:
            try append(.any, whole: whole)
        case .set(let set):
            try append(.set(set), whole: whole)
        case .assertion(let assertion):
            try append(.assert(assertion), whole: whole)
        case .sequence(let parts):
            for part in parts { try emit(part, whole: whole) }
        case .choice(let choices):
            // split to the first and the rest; each choice jumps to the end, patched once known.
            var jumps: [Int] = []
            for (index, choice) in choices.enumerated() {
                if index < choices.count - 1 {
                    let split = program.count
                    try append(.split(split + 1, 0), whole: whole)
                    try emit(choice, whole: whole)
                    jumps.append(program.count)
                    try append(.jump(0), whole: whole)
                    program[split] = .split(split + 1, program.count)
                } else {
                    try emit(choice, whole: whole)
                }
            }
            for jump in jumps { program[jump] = .jump(program.count) }
        case .repetition(let inner, let minimum, let maximum):
            for _ in 0..<minimum { try emit(inner, whole: whole) }
            if let maximum {
                // Each optional copy may be skipped to the end.
                var splits: [Int] = []
                for _ in minimum..<maximum {
                    splits.append(program.count)
                    try append(.split(0, 0), whole: whole)
                    try emit(inner, whole: whole)
                }
                for split in splits { program[split] = .split(split + 1, program.count) }
            } else {
                let loop = program.count
                try append(.split(loop + 1, 0), whole: whole)
                try emit(inner, whole: whole)
                try append(.jump(loop), whole: whole)
                program[loop] = .split(loop + 1, program.count)
            }
        }
    }
}
