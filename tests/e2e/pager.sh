#!/bin/sh
# Long command-line output goes through $PAGER on a terminal, and is
# printed as it is when standard output is not one.
. "$(dirname "$0")/lib.sh"

make_store "$FIX/stories"
id=$("$PARALLAX" --db "$DB" list --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["stories"][0]["articles"][0]["id"])')
printf '#!/bin/sh\nsed "s/^/PAGED:/"\n' > "$T/pager"
chmod +x "$T/pager"
start 100 20 "PAGER=$T/pager" -- show "$id"
expect "PAGED:[1] " "show on a terminal goes through PAGER"
start 100 20 "PAGER=$T/pager" PARALLAX_PAGER=cat -- list
expect "story " "PARALLAX_PAGER=cat prints list directly"
expect_not "PAGED:" "and PAGER is not used then"
PAGER="$T/pager" "$PARALLAX" --db "$DB" show "$id" > "$T/out"
if grep -q "PAGED:" "$T/out"; then fail "a pipe got paged output"
else ok "output to a pipe is not paged"; fi

# On a terminal show wraps each paragraph to its width; a pipe gets each
# paragraph on one line.
start 60 40 PARALLAX_PAGER=cat -- show "$id"
expect "[1] " "show on a terminal of 60 columns"
settle
[ "$(wc -L < "$SCREEN")" -le 59 ] && grep -q "^\[[0-9]" "$SCREEN" &&
    ok "show wraps paragraphs to the terminal" ||
    { fail "show is wider than the terminal"; sed 's/^/    | /' "$SCREEN"; }
"$PARALLAX" --db "$DB" show "$id" > "$T/out"
[ "$(wc -L < "$T/out")" -gt 100 ] &&
    ok "a pipe gets each paragraph on one line" ||
    fail "show to a pipe wrapped its paragraphs"
# claims too: wrapped under its number and kind on a terminal.
f="$FIX/stories/Kestrel News/selvik-earthquake-three-dead.txt"
start 60 40 -- claims "$f"
expect "figure: " "claims on a terminal of 60 columns"
settle
[ "$(wc -L < "$SCREEN")" -le 59 ] && grep -q "^               [a-z]" "$SCREEN" &&
    ok "claims wraps each claim under its text" ||
    { fail "claims is wider than the terminal"; sed 's/^/    | /' "$SCREEN"; }
"$PARALLAX" claims "$f" > "$T/out"
[ "$(wc -L < "$T/out")" -gt 100 ] && ok "claims to a pipe keeps each claim on one line" ||
    fail "claims to a pipe wrapped"
