#!/bin/sh
# The terminal goes away without a SIGHUP reaching the interface (it runs
# in a session of its own, the tmux server is killed): every key read then
# fails at once.  The interface must notice and exit, not spin.
. "$(dirname "$0")/lib.sh"

make_store "$FIX/stories"
tm new-session -d -s hup -x 100 -y 30 \
    "TERM=screen-256color setsid -w sh -c 'echo \$\$ > \"$T/pid\"; exec \"$PXUI\" --db \"$DB\"'" \; \
    set-option -g status off
SESSION=hup
if wait_for "Sources" 10; then ok "the interface opens in a session of its own"
else fail "the interface did not open"; fi
pid=$(cat "$T/pid")
tm kill-server > /dev/null 2>&1
# Gone, or a zombie whose parent (setsid) went with the server.
i=0
while [ $i -lt 100 ]; do
	st=$(ps -o stat= -p "$pid" 2> /dev/null)
	case $st in ""|Z*) break ;; esac
	i=$((i + 1))
	sleep 0.05
done
case $st in
""|Z*)	ok "it exits when its terminal is gone" ;;
*)	fail "still running when its terminal is gone (state $st)"
	kill "$pid" 2> /dev/null ;;
esac
