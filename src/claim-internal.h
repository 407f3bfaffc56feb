/*
 * claim-internal: what the files of the claim module share and nobody
 * else sees.  Each thread keeps one Snowball stemmer and a bounded cache
 * of word features (claim-word.c), made on first use and freed when the
 * thread ends: import cuts thousands of articles that repeat most of
 * their words, and folding and stemming them is the costly part.
 */
#ifndef PARALLAX_CLAIM_INTERNAL_H
#define PARALLAX_CLAIM_INTERNAL_H

#include <stddef.h>

#include "parallax/claim.h"

struct sb_stemmer;

/* The calling thread's English Snowball stemmer (borrowed); dies when it
 * cannot be made. */
struct sb_stemmer *claim_stemmer(void);

/* The stem of a normalised word (NUL-terminated).  Caller frees. */
char	*claim_stem(struct sb_stemmer *st, const char *word);

/*
 * The word cache: claim_words_reserve(n) makes room for n words, and
 * each of the next n calls of claim_word_peek() gives the features of one
 * word of a text (len bytes as they stand in it: folded word, stem,
 * flags, name key), borrowed from the cache and valid until the next
 * claim_words_reserve().  A word seen before costs a hash lookup.
 */
void	 claim_words_reserve(size_t n);
const struct claim_word *claim_word_peek(const char *s, size_t len);

#endif
