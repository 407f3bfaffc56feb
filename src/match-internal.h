/*
 * match-internal: what the files of the match module share and nobody
 * else sees: the small lexicon (match-lexicon.c) of words that news
 * reports use for one another and of numbers written as words.
 */
#ifndef PARALLAX_MATCH_INTERNAL_H
#define PARALLAX_MATCH_INTERNAL_H

#include <stddef.h>

/*
 * Groups of words that stand for one another, one group a string of
 * lower-case words separated by spaces, the first word standing for the
 * others.  The comparison of two claims takes each word's stem (as
 * claims cut the group) for the first one's: "bought" meets "purchased",
 * "rose" meets "climbed".  No word is in two groups.
 */
extern const char *const match_synonym_groups[];
extern const size_t match_nsynonym_groups;

/* Numbers written as words, each "digits word" ("12 twelve"): the word
 * counts as the number, not as a content word. */
extern const char *const match_number_words[];
extern const size_t match_nnumber_words;

#endif
