#!/bin/sh
# make install into a staging folder: the binary, both manual pages and
# the themes land where they belong, man renders the pages, and the
# installed binary finds the installed themes.  make uninstall removes
# them again.
. "$(dirname "$0")/lib.sh"

san=
case $BUILD in *asan*) san=SANITIZE=1;; esac
D="$T/stage"
make -s --no-print-directory -C "$TOP" install DESTDIR="$D" PREFIX=/opt/px $san > "$T/out" 2>&1; rc=$?
expect_rc 0 "make install DESTDIR=... PREFIX=..."
for f in bin/parallax share/man/man1/parallax.1 share/man/man5/parallax.5 \
    share/parallax/themes/default.theme share/parallax/themes/mono.theme \
    share/parallax/themes/light.theme; do
	if [ -f "$D/opt/px/$f" ]; then ok "installed $f"; else fail "missing $f"; fi
done
expect_eq "$(stat -c %a "$D/opt/px/bin/parallax")" 755 "the binary is executable"
for p in 1 5; do
	if MANWIDTH=80 man -l "$D/opt/px/share/man/man$p/parallax.$p" > "$T/man$p" 2> "$T/err"; then
		ok "man -l renders parallax.$p"
	else
		fail "man -l parallax.$p: $(head -1 "$T/err")"
	fi
done
expect_in "$T/man1" "EXIT STATUS" "parallax.1 renders its sections"
expect_in "$T/man5" "SEE ALSO" "parallax.5 renders its sections"
"$D/opt/px/bin/parallax" --db "$T/s.db" -t light list > "$T/out" 2> "$T/err"; rc=$?
expect_rc 0 "the installed binary finds the installed light theme"
"$D/opt/px/bin/parallax" --db "$T/s.db" -t no-such-theme list > "$T/out" 2> "$T/err"; rc=$?
expect_rc 2 "an unknown theme is a usage error"
expect_in "$T/err" "no theme 'no-such-theme'" "the unknown theme is named"
make -s --no-print-directory -C "$TOP" uninstall DESTDIR="$D" PREFIX=/opt/px $san > "$T/out" 2>&1; rc=$?
expect_rc 0 "make uninstall"
left=$(find "$D" -type f | wc -l)
expect_eq "$left" 0 "uninstall leaves no file behind"
