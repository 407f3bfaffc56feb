#!/bin/sh
# The manuals against the program: parallax.5 lists every action, option,
# theme element and view (and nothing that is gone), with the default keys
# of each action; parallax.1 names every default key under KEY BINDINGS.
# The names come from build/tools/dump-tables, which prints the tables.
. "$(dirname "$0")/lib.sh"

DUMP="$TOP/$BUILD/tools/dump-tables"
MAN1="$TOP/man/parallax.1"
MAN5="$TOP/man/parallax.5"

if [ ! -x "$DUMP" ]; then
	fail "manual: $DUMP is missing"
	exit 0
fi
"$DUMP" > "$T/tables"

# section FILE MACRO TITLE: the lines of one section (.Sh) or subsection
# (.Ss), without mdoc's zero-width escapes.
section() {
	awk -v m="$2" -v t="$3" '
		$0 == "." m " " t { on = 1; next }
		on && ($1 == ".Sh" || ($1 == ".Ss" && m == "Ss")) { exit }
		on { print }' "$1" | sed 's/\\&//g'
}

# names FILE: the NAME of every ".It Ic NAME ..." line
names() { sed -n 's/^\.It Ic \([^ ]*\).*/\1/p' "$1"; }

check_list() {	# check_list KIND SUBSECTION
	section "$MAN5" Ss "$2" > "$T/sec"
	names "$T/sec" > "$T/documented"
	missing=
	for n in $(sed -n "s/^$1 //p" "$T/tables"); do
		grep -qxF -- "$n" "$T/documented" || missing="$missing $n"
	done
	if [ -z "$missing" ]; then ok "parallax.5 lists every $1 under $2"
	else fail "parallax.5 lacks these under $2:$missing"; fi
	stale=
	for n in $(cat "$T/documented"); do
		grep -qxF -- "$1 $n" "$T/tables" || stale="$stale $n"
	done
	if [ -z "$stale" ]; then ok "parallax.5 lists no unknown $1"
	else fail "parallax.5 lists unknown $1 names:$stale"; fi
}

check_list action Actions
check_list option Options
check_list element "Theme elements"
check_list view Views

# The default keys of each action, in its entry of parallax.5.
section "$MAN5" Ss Actions > "$T/actions"
missing=
while read -r kind view key action; do
	[ "$kind" = key ] && [ "$view" = main ] || continue
	if ! awk -v a="$action" '/^\.It Ic / { cur = $3 } cur == a' \
	    "$T/actions" | sed 's/$/ /' | grep -qF -- ".Cm $key "; then
		missing="$missing $key($action)"
	fi
done < "$T/tables"
if [ -z "$missing" ]; then ok "parallax.5 gives the default keys of every action"
else fail "parallax.5 lacks default keys:$missing"; fi

# Every default key of every view is named in parallax.1's KEY BINDINGS.
section "$MAN1" Sh "KEY BINDINGS" | sed 's/^/ /; s/$/ /' > "$T/keys1"
if [ ! -s "$T/keys1" ]; then
	fail "parallax.1 has no KEY BINDINGS section"
else
	missing=
	while read -r kind view key action; do
		[ "$kind" = key ] || continue
		grep -qF -- " Cm $key " "$T/keys1" || missing="$missing $view:$key"
	done < "$T/tables"
	if [ -z "$missing" ]; then ok "parallax.1 names every default key"
	else fail "parallax.1 KEY BINDINGS lacks:$missing"; fi
fi

if command -v mandoc >/dev/null; then
	if out=$(mandoc -Tlint -Wwarning "$MAN5" 2>&1); then
		ok "mandoc -Tlint -Wwarning parallax.5"
	else fail "mandoc -Tlint parallax.5: $out"; fi
fi
