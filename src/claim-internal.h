/*
 * claim-internal: what the files of the claim module share and nobody
 * else sees.  The stemmer is created by whoever starts a piece of work and
 * handed down, so that no state outlives a call.
 */
#ifndef PARALLAX_CLAIM_INTERNAL_H
#define PARALLAX_CLAIM_INTERNAL_H

#include <stddef.h>

#include "parallax/claim.h"

struct sb_stemmer;

/* A new English Snowball stemmer; dies when it cannot be made. */
struct sb_stemmer *claim_stemmer_new(void);

/* The stem of a normalised word (NUL-terminated).  Caller frees. */
char	*claim_stem(struct sb_stemmer *st, const char *word);

/* claim_figures() with the caller's stemmer for the nouns. */
size_t	 claim_figures_with(struct sb_stemmer *st, const char *text,
	    size_t len, struct claim_figure **figs);

#endif
