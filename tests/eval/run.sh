#!/bin/sh
# make eval: the matcher on the MSRP paraphrase pairs (and whether its
# weights are the ones train.sh fits), then what parallax finds on the
# real seed articles.  Reads ../shared; not part of make check.
set -eu
here=$(dirname "$0")
sh "$here/msrp.sh"
rc=0
sh "$here/weights.sh" || rc=1
echo
sh "$here/seeds.sh"
exit $rc
