# Helpers for tests that need another process to hold a store's write
# lock, as an import does: sourced by tests/cli/store.sh and
# tests/e2e/busy.sh.  Needs $T (a scratch folder) and sqlite3.

# hold_lock DB [SQL]: a sqlite3 process begins a write transaction on DB
# (running SQL in it, if given) and keeps it open until free_lock; returns
# once the lock is held.
hold_lock() {
	rm -f "$T/lock"
	mkfifo "$T/lock"
	sqlite3 "$1" < "$T/lock" > /dev/null 2>&1 &
	LOCK_PID=$!
	exec 3> "$T/lock"
	# It waits for the lock, which the check below takes for a moment.
	echo ".timeout 10000" >&3
	echo "BEGIN IMMEDIATE; ${2:-}" >&3
	_i=0
	until [ "$(sqlite3 "$1" '.timeout 100' 'BEGIN IMMEDIATE; ROLLBACK;' 2>&1)" != "" ] ||
	    [ $_i -ge 50 ]; do
		sleep 0.1
		_i=$((_i + 1))
	done
}

# free_lock [COMMIT|ROLLBACK]: end the transaction (COMMIT by default) and
# wait for the process.
free_lock() {
	echo "${1:-COMMIT};" >&3
	exec 3>&-
	wait "$LOCK_PID"
}
