#!/bin/sh
# A store that cannot be written: a full disk (a small tmpfs) and a
# read-only store (a tmpfs remounted read-only, an immutable file; plain
# permissions when not root).  Each time: a clear one-line error, exit 2,
# and nothing lost -- the earlier articles are still there, SQLite finds
# the store intact, and once there is room again an import works.
. "$(dirname "$0")/lib.sh"

MNT="$T/mnt"
cleanup_mounts() {
	[ -f "$T/immutable" ] && chattr -i "$(cat "$T/immutable")" 2>/dev/null
	chmod -R u+w "$T" 2>/dev/null
	mountpoint -q "$MNT" 2>/dev/null && umount "$MNT"
	rm -rf "$T"
}
trap cleanup_mounts EXIT

python3 "$TOP/tests/bench/gen.py" 300 "$T/in" > /dev/null
EARLY="$T/in/Outlet 00"
nearly=$(find "$EARLY" -type f | wc -l)

# whole DB DESC: the earlier articles are all there and the store is intact
whole() {
	expect_eq "$(sqlite3 -batch "$1" 'PRAGMA integrity_check')" ok \
	    "$2: integrity_check ok"
	expect_eq "$(sqlite3 -batch "$1" 'SELECT count(*) FROM articles')" \
	    "$nearly" "$2: the $nearly earlier articles are still there"
}

# clear_error DESC WORDS: exit 2 and one parallax: line naming the problem
clear_error() {
	expect_rc 2 "$1"
	if grep -q '^parallax: .*\('"$2"'\)' "$T/err" &&
	    ! grep -qv '^parallax: ' "$T/err"; then
		ok "$1: a clear error ($(tail -1 "$T/err" | cut -c1-70)...)"
	else
		fail "$1: no clear error"; sed 's/^/    /' "$T/err" | head -5
	fi
}

pxdb() {	# pxdb DB ARGS...: px on another store
	db=$1; shift
	"$PARALLAX" --db "$db" "$@" > "$T/out" 2> "$T/err"
	rc=$?
}

# readable DB DESC: what only reads still works, and no file is added
# beside the store
readable() {
	before=$(ls "$(dirname "$1")")
	pxdb "$1" list
	expect_rc 0 "$2: list still works"
	expect_eq "$(grep -c '^ *[0-9][0-9]*  Outlet 00 ' "$T/out")" \
	    "$nearly" "$2: list shows the $nearly articles"
	pxdb "$1" xref --json
	expect_rc 0 "$2: xref still works"
	pxdb "$1" search Outlet
	expect_rc 0 "$2: search still works"
	pxdb "$1" show 1
	expect_rc 0 "$2: show still works"
	expect_eq "$(ls "$(dirname "$1")")" "$before" \
	    "$2: no file was added beside the store"
}

mkdir -p "$MNT"
if [ "$(id -u)" -ne 0 ]; then
	ok "# skip full disk: mounting a small tmpfs needs root"
elif ! mount -t tmpfs -o size=1200k,mode=0700 tmpfs "$MNT" 2> "$T/mount.err"
then
	ok "# skip full disk: mount not permitted here ($(head -1 "$T/mount.err"))"
else
	# A full disk in the middle of a batch.
	D="$MNT/store.db"
	pxdb "$D" add "$EARLY"
	expect_rc 0 "earlier articles imported on the small disk"
	pxdb "$D" add "$T/in"
	clear_error "an import that fills the disk" "full"
	whole "$D" "disk full mid-batch"
	mount -o remount,size=16m "$MNT"
	pxdb "$D" add "$T/in"
	expect_rc 0 "with room again the same import works"

	# A full disk before the store even exists.
	rm -f "$MNT"/store.db*
	mount -o remount,size=1200k "$MNT"
	dd if=/dev/zero of="$MNT/filler" bs=1k count=1196 2> /dev/null
	pxdb "$D" add "$EARLY"
	clear_error "a store created on a full disk" "full\|I/O error\|cannot"
	rm -f "$MNT/filler"
	pxdb "$D" add "$EARLY"
	expect_rc 0 "the half-created store is usable once there is room"
	whole "$D" "store created on a full disk"

	# A read-only file system.
	mount -o remount,ro "$MNT"
	pxdb "$D" add "$T/in"
	clear_error "an import to a read-only file system" "read-only"
	readable "$D" "a store on a read-only file system"
	mount -o remount,rw "$MNT"
	whole "$D" "read-only file system"
	umount "$MNT"
fi

# A read-only store file: immutable for root, without write permission
# for anyone else.
D="$T/ro/store.db"
mkdir -p "$T/ro"
pxdb "$D" add "$EARLY"
expect_rc 0 "earlier articles imported"
if [ "$(id -u)" -eq 0 ] && chattr +i "$D" 2> /dev/null; then
	echo "$D" > "$T/immutable"
	how="an immutable store"
else
	chmod 0444 "$D"
	chmod 0555 "$T/ro"
	how="a store without write permission"
fi
pxdb "$D" add "$T/in"
clear_error "an import to $how" "read-only"
readable "$D" "$how"
pxdb "$D" rm 1
clear_error "rm in $how" "read-only"
pxdb "$D" reindex --all
clear_error "reindex in $how" "read-only"
expect_in "$T/err" "no claims were cut again" "reindex in $how says nothing was cut"
if [ -f "$T/immutable" ]; then chattr -i "$D"; rm -f "$T/immutable"
else chmod 0755 "$T/ro"; chmod 0644 "$D"; fi
whole "$D" "$how"
pxdb "$D" add "$T/in"
expect_rc 0 "writable again, the import works"
