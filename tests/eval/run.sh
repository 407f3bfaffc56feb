#!/bin/sh
# make eval: the matcher on the MSRP paraphrase pairs, then what parallax
# finds on the real seed articles.  Reads ../shared; not part of make check.
set -eu
here=$(dirname "$0")
sh "$here/msrp.sh"
echo
sh "$here/seeds.sh"
