/*
 * match-pairs: match_run_pairs() on stdin and stdout, what `parallax
 * match` does, for testing the matcher on its own.
 */
#include <stdio.h>
#include <stdlib.h>

#include "parallax/match.h"

int
main(void)
{
	char	*cause = NULL;

	if (match_run_pairs(stdin, stdout, &cause) != 0) {
		fprintf(stderr, "match-pairs: %s\n", cause);
		free(cause);
		return 1;
	}
	return 0;
}
