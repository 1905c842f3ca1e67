// Declarations only: libFuzzer defines LLVMFuzzerRunDriver when a target is built with -sanitize=fuzzer.
#include "CFuzzing.h"
