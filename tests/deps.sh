#!/bin/sh
# Check that every library and tool parallax needs is present; install what
# is missing with apt-get when we are root on Debian, otherwise print the
# exact command and fail.  Prints nothing when all is there.
set -u

missing=""
want() {	# want PACKAGE TEST...
	pkg=$1; shift
	"$@" >/dev/null 2>&1 || missing="$missing $pkg"
}
have_pc() { pkg-config --exists "$1"; }
have_header() {	# have_header HEADER LIB
	printf '#include <%s>\nint main(void){return 0;}\n' "$1" |
	    ${CC:-cc} -x c - -o /dev/null "$2" 2>/dev/null
}

command -v pkg-config >/dev/null 2>&1 || missing="$missing pkg-config"
want libncurses-dev	sh -c 'pkg-config --exists ncursesw panelw || pkg-config --exists ncursesw panel'
want libsqlite3-dev	have_pc sqlite3
want libxml2-dev	have_pc libxml-2.0
want libcurl4-openssl-dev have_pc libcurl
want libjansson-dev	have_pc jansson
want libcmocka-dev	have_pc cmocka
want libunistring-dev	have_header unistr.h -lunistring
want libstemmer-dev	have_header libstemmer.h -lstemmer
want tmux		command -v tmux
want mandoc		command -v mandoc
want man-db		command -v man
want python3		command -v python3
want sqlite3		command -v sqlite3
want valgrind		command -v valgrind
want clang		command -v clang
want locales		test -f /usr/share/i18n/locales/de_DE

[ -z "$missing" ] && exit 0
line="apt-get install -y$missing"
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
	echo "parallax: missing build dependencies; run as root:" >&2
	echo "  apt-get update && $line" >&2
	exit 1
fi
echo "parallax: installing:$missing" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2 && apt-get install -y -qq $missing >&2 || {
	echo "parallax: could not install:$missing" >&2
	exit 1
}
