#!/bin/sh
# Run every committed corpus file through its harness's replay binary
# ($BUILD/fuzz/replay-TARGET, made by `make fuzz-replay`): the fuzz
# corpora are regression tests.  Prints "ok - ..." or "FAIL - ..." for
# each target and exits non-zero when any input crashes.
set -u
TOP=${TOP:-$(pwd)}
BUILD=${BUILD:-build}
export LSAN_OPTIONS="suppressions=$TOP/tests/lsan.supp:print_suppressions=0"
failed=0
for t in "$@"; do
	bin=$BUILD/fuzz/replay-$t
	dir=$TOP/tests/fuzz/corpus/$t
	n=$(find "$dir" -type f 2>/dev/null | wc -l)
	if [ "$n" -eq 0 ]; then
		echo "FAIL - fuzz-replay $t: no corpus in $dir"
		failed=1
		continue
	fi
	if out=$("$bin" "$dir" 2>&1); then
		echo "ok - fuzz-replay $t: $n inputs"
	else
		echo "FAIL - fuzz-replay $t"
		# Find the input that fails, one file at a time.
		find "$dir" -type f | sort | while read -r f; do
			"$bin" "$f" > /dev/null 2>&1 ||
			    echo "    failing input: $f"
		done
		echo "$out" | tail -30 | sed 's/^/    /'
		failed=1
	fi
done
exit $failed
