#!/bin/sh
# Run every test of parallax: the cmocka unit binaries, the command-line
# scripts, the interface scripts and the source checks.  Each check prints
# "ok - ..." or "FAIL - ..."; the last line is "N passed, N failed".
set -u
BUILD=${BUILD:-build}
export BUILD
TOP=$(pwd)
export TOP
# Under the sanitizers: the curses libraries' own allocations are not
# leaks of ours.
export LSAN_OPTIONS="suppressions=$TOP/tests/lsan.supp:print_suppressions=0"
log=$BUILD/test.log
mkdir -p "$BUILD"
: > "$log"
passed=0
failed=0

count() {	# count FILE: add its ok/FAIL lines to the totals
	p=$(grep -c '^ok - ' "$1")
	f=$(grep -c '^FAIL - ' "$1")
	passed=$((passed + p))
	failed=$((failed + f))
}

for t in "$BUILD"/tests/test-*; do
	[ -x "$t" ] || continue
	case $t in *.d) continue;; esac
	out=$BUILD/$(basename "$t").out
	# cmocka's own report, turned into ok/FAIL lines.
	if [ -n "${VALGRIND:-}" ]; then
		valgrind -q --leak-check=full --errors-for-leak-kinds=definite \
		    --error-exitcode=99 "$t" > "$out" 2>&1
	else
		"$t" > "$out" 2>&1
	fi
	rc=$?
	sed -n 's/^\[       OK \] \(.*\)/ok - '"$(basename "$t")"': \1/p;
	    s/^\[  FAILED  \] \([a-z_0-9]*\)$/FAIL - '"$(basename "$t")"': \1/p' \
	    "$out" > "$out.tap"
	if [ $rc -ne 0 ] && ! grep -q '^FAIL' "$out.tap"; then
		echo "FAIL - $(basename "$t") exited with status $rc" >> "$out.tap"
	fi
	grep '^FAIL' "$out.tap" >/dev/null && sed 's/^/    /' "$out" | tail -40
	cat "$out.tap" >> "$log"
	count "$out.tap"
done

# The fuzz corpora, replayed through each harness.
targets=$(ls "$BUILD"/fuzz/ 2>/dev/null | sed -n 's/^replay-\([a-z0-9_]*\)$/\1/p')
if [ -n "$targets" ]; then
	out=$BUILD/fuzz-replay.out
	sh tests/fuzz/replay.sh $targets > "$out" 2>&1
	grep '^FAIL' "$out" >/dev/null && cat "$out"
	cat "$out" >> "$log"
	count "$out"
fi

for t in tests/checks.sh tests/cli/*.sh tests/e2e/*.sh; do
	[ -f "$t" ] || continue
	out=$BUILD/$(basename "$t").out
	sh "$t" > "$out" 2>&1
	rc=$?
	if [ $rc -ne 0 ] && ! grep -q '^FAIL' "$out"; then
		echo "FAIL - $t exited with status $rc" >> "$out"
	fi
	grep '^FAIL' "$out" && grep -B3 -A12 '^FAIL' "$out" | head -60
	cat "$out" >> "$log"
	count "$out"
done

grep '^FAIL' "$log" || true
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
