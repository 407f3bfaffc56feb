#!/bin/sh
# Source checks: layering (only store.c speaks SQL, only ui*.c draw with
# curses, model code neither), the manual pages lint clean, and the
# manual names every command.
set -u
cd "${TOP:-.}"
ok() { echo "ok - $*"; }
fail() { echo "FAIL - $*"; }

bad=$(grep -l '#include <sqlite3.h>' src/*.c | grep -v '^src/store.c$')
[ -z "$bad" ] && ok "only store.c includes sqlite3.h" || fail "sqlite3.h included by: $bad"
bad=$(grep -lE '#include <(n?curses|ncursesw/curses|panel)\.h>' src/*.c | grep -v '^src/ui')
[ -z "$bad" ] && ok "only ui*.c include curses" || fail "curses included by: $bad"
for m in text segment article claim match story xref; do
	for f in src/$m.c src/$m-*.c; do
		[ -f "$f" ] || continue
		if grep -qE '#include <(sqlite3|n?curses|panel)\.h>' "$f"; then
			fail "$f (model code) includes sqlite or curses"
		else ok "$f is free of sqlite and curses"; fi
	done
done
bad=$(grep -n 'typedef struct\|typedef enum' src/*.c include/parallax/*.h)
[ -z "$bad" ] && ok "no typedef'd structs or enums" || fail "typedefs: $bad"

if command -v mandoc >/dev/null; then
	if out=$(mandoc -Tlint -Wwarning man/parallax.1 man/parallax.5 2>&1); then
		ok "mandoc -Tlint on both pages"
	else fail "mandoc -Tlint: $out"; fi
fi
help=$("$TOP/${BUILD:-build}/parallax" --help)
for c in $(echo "$help" | sed -n 's/^  \([a-z][a-z]*\) .*/\1/p; s/^  \([a-z][a-z]*\)$/\1/p' | sort -u); do
	if grep -q "^\.It Cm $c\b" man/parallax.1; then ok "parallax.1 documents the $c command"
	else fail "parallax.1 lacks the $c command"; fi
done
for o in $(echo "$help" | grep -o -- '--[a-z-]*' | sort -u); do
	n=${o#--}
	if grep -qE "Fl -$n( |$)" man/parallax.1; then ok "parallax.1 documents $o"
	else fail "parallax.1 lacks $o"; fi
done
