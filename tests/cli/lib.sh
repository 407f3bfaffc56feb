# Helpers for the command-line tests: a scratch HOME and store, the binary
# under test, and checks that print "ok - ..." or "FAIL - ...".
set -u
TOP=${TOP:-$(pwd)}
BUILD=${BUILD:-build}
PARALLAX="$TOP/$BUILD/parallax"
FIX="$TOP/tests/fixtures"
T=$(mktemp -d "${TMPDIR:-/tmp}/parallax-test.XXXXXX")
trap 'rm -rf "$T"' EXIT
export HOME="$T/home" XDG_DATA_HOME="$T/data" XDG_CONFIG_HOME="$T/config"
export LC_ALL=C.UTF-8 TZ=UTC NO_COLOR=
unset NO_COLOR
mkdir -p "$HOME"
DB="$T/store.db"

ok() { echo "ok - $*"; }
fail() { echo "FAIL - $*"; }

# px ARGS...: run parallax on $DB; stdout in $T/out, stderr in $T/err,
# status in $rc.
px() {
	"$PARALLAX" --db "$DB" "$@" > "$T/out" 2> "$T/err"
	rc=$?
}

# expect_rc N DESC
expect_rc() {
	if [ "$rc" -eq "$1" ]; then ok "$2 (exit $1)"
	else fail "$2: exit $rc, wanted $1"; sed 's/^/    stderr: /' "$T/err" | head -5; fi
}

# expect_in FILE PATTERN DESC: a fixed string appears in the file
expect_in() {
	if grep -qF -- "$2" "$1"; then ok "$3"
	else fail "$3: '$2' not in $(basename "$1")"; sed 's/^/    /' "$1" | head -10; fi
}

# expect_not_in FILE PATTERN DESC
expect_not_in() {
	if grep -qF -- "$2" "$1"; then fail "$3: '$2' found in $(basename "$1")"
	else ok "$3"; fi
}

# expect_eq GOT WANT DESC
expect_eq() {
	if [ "$1" = "$2" ]; then ok "$3"
	else fail "$3: got '$1', wanted '$2'"; fi
}

# sql QUERY: ask the store directly
sql() { sqlite3 -batch "$DB" "$1"; }
