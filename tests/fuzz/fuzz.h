/*
 * fuzz: what every harness in tests/fuzz shares.  A harness defines
 * LLVMFuzzerTestOneInput(); clang's libFuzzer drives it (`make fuzz`) and
 * replay.c feeds it the committed corpus with any compiler (`make
 * fuzz-replay`).  Harnesses check the invariants the headers promise with
 * FUZZ_CHECK, which aborts: both drivers report an abort as a crash.
 */
#ifndef PARALLAX_FUZZ_H
#define PARALLAX_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* Run one input through the code under test; always returns 0. */
int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Abort with the file, line and condition when cond is false. */
#define FUZZ_CHECK(cond) do {						\
	if (!(cond)) {							\
		fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__,	\
		    __LINE__, #cond);					\
		abort();						\
	}								\
} while (0)

#endif
