#ifndef CFUZZING_H
#define CFUZZING_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver, for fuzz targets whose `main` SwiftPM names itself (it links executables
/// with `main` aliased to MODULE_main, so libFuzzer's own `main` cannot be used).
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
