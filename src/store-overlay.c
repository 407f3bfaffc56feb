/*
 * store-overlay: a batch's changes to the term tables, held in memory
 * (see store-private.h).  Three open-addressing tables: interned terms
 * (with counts and the newest pair of each), pairs by (term, story),
 * stories by id.
 */
#include "parallax/store-private.h"

#include <stdlib.h>
#include <string.h>

#include "parallax/util.h"

struct store_overlay {
	struct store_term		*terms;
	size_t				 nterms;
	size_t				 terms_cap;	/* power of two */

	struct store_pair		*pairs;
	size_t				 npairs;
	size_t				 pairs_cap;
	size_t				*pair_slots;	/* index + 1 */
	size_t				 pair_slots_cap;

	struct store_story_state	*stories;
	size_t				 nstories;
	size_t				 stories_cap;
	size_t				*story_slots;	/* index + 1 */
	size_t				 story_slots_cap;
};

/* A 64-bit finaliser: every input bit reaches the low bits used. */
static size_t
store_overlay_mix(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ULL;
	h ^= h >> 33;
	return (size_t)h;
}

static size_t
store_pair_hash(const char *term, int64_t story)
{
	return store_overlay_mix((uint64_t)(uintptr_t)term ^
	    (uint64_t)story * 0x9e3779b97f4a7c15ULL);
}

struct store_overlay *
store_overlay_new(void)
{
	return xcalloc(1, sizeof(struct store_overlay));
}

void
store_overlay_clear_index(struct store_overlay *ov)
{
	size_t	i;

	for (i = 0; i < ov->terms_cap; i++) {
		/* Its pairs are in the store now. */
		if (ov->terms[i].head != 0)
			ov->terms[i].indexed = true;
		ov->terms[i].head = 0;
		ov->terms[i].npairs = 0;
		ov->terms[i].kth = 0;
	}
	free(ov->pairs);
	free(ov->pair_slots);
	free(ov->stories);
	free(ov->story_slots);
	ov->pairs = NULL;
	ov->pair_slots = NULL;
	ov->stories = NULL;
	ov->story_slots = NULL;
	ov->npairs = ov->pairs_cap = ov->pair_slots_cap = 0;
	ov->nstories = ov->stories_cap = ov->story_slots_cap = 0;
}

void
store_overlay_clear(struct store_overlay *ov)
{
	size_t	i;

	store_overlay_clear_index(ov);
	for (i = 0; i < ov->terms_cap; i++)
		free(ov->terms[i].term);
	free(ov->terms);
	memset(ov, 0, sizeof *ov);
}

void
store_overlay_free(struct store_overlay *ov)
{
	if (ov == NULL)
		return;
	store_overlay_clear(ov);
	free(ov);
}

size_t
store_overlay_npairs(const struct store_overlay *ov)
{
	return ov->npairs;
}

size_t
store_overlay_nterms(const struct store_overlay *ov)
{
	return ov->nterms;
}

/* ---- terms ---- */

static size_t
store_term_slot(const struct store_term *t, size_t cap, const char *term)
{
	size_t	i;

	i = (size_t)util_hash64(term, strlen(term)) & (cap - 1);
	while (t[i].term != NULL && strcmp(t[i].term, term) != 0)
		i = (i + 1) & (cap - 1);
	return i;
}

static void
store_term_grow(struct store_overlay *ov)
{
	struct store_term	*old = ov->terms;
	size_t			 oldcap = ov->terms_cap, i;

	ov->terms_cap = oldcap == 0 ? 256 : oldcap * 2;
	ov->terms = xcalloc(ov->terms_cap, sizeof *ov->terms);
	for (i = 0; i < oldcap; i++) {
		if (old[i].term != NULL)
			ov->terms[store_term_slot(ov->terms, ov->terms_cap,
			    old[i].term)] = old[i];
	}
	free(old);
}

/* The term's entry; added when create is set, else NULL when absent. */
static struct store_term *
store_term_find(struct store_overlay *ov, const char *term, bool create)
{
	size_t	slot;

	if (ov->terms_cap == 0) {
		if (!create)
			return NULL;
		store_term_grow(ov);
	}
	slot = store_term_slot(ov->terms, ov->terms_cap, term);
	if (ov->terms[slot].term != NULL)
		return &ov->terms[slot];
	if (!create)
		return NULL;
	if ((ov->nterms + 1) * 2 > ov->terms_cap) {
		store_term_grow(ov);
		slot = store_term_slot(ov->terms, ov->terms_cap, term);
	}
	ov->terms[slot].term = xstrdup(term);
	ov->terms[slot].head = 0;
	ov->terms[slot].n = 0;
	ov->terms[slot].base = -1;
	ov->terms[slot].indexed = false;
	ov->terms[slot].npairs = 0;
	ov->terms[slot].kth = 0;
	ov->nterms++;
	return &ov->terms[slot];
}

struct store_term *
store_overlay_intern(struct store_overlay *ov, const char *term)
{
	return store_term_find(ov, term, true);
}

struct store_term *
store_overlay_terms(struct store_overlay *ov, size_t *cap)
{
	*cap = ov->terms_cap;
	return ov->terms;
}

/* ---- pairs ---- */

static size_t
store_pair_slot(const struct store_overlay *ov, const char *term,
    int64_t story)
{
	size_t			 i, mask = ov->pair_slots_cap - 1;
	const struct store_pair	*p;

	i = store_pair_hash(term, story) & mask;
	while (ov->pair_slots[i] != 0) {
		p = &ov->pairs[ov->pair_slots[i] - 1];
		if (p->term == term && p->story == story)
			break;
		i = (i + 1) & mask;
	}
	return i;
}

static void
store_pair_rehash(struct store_overlay *ov)
{
	size_t	i;

	free(ov->pair_slots);
	ov->pair_slots_cap = ov->pair_slots_cap == 0 ? 1024 :
	    ov->pair_slots_cap * 2;
	ov->pair_slots = xcalloc(ov->pair_slots_cap, sizeof *ov->pair_slots);
	for (i = 0; i < ov->npairs; i++)
		ov->pair_slots[store_pair_slot(ov, ov->pairs[i].term,
		    ov->pairs[i].story)] = i + 1;
}

struct store_pair *
store_overlay_pair(struct store_overlay *ov, const char *term,
    int64_t story)
{
	struct store_term	*t;
	size_t			 slot;

	if (ov->npairs == 0 || (t = store_term_find(ov, term, false)) == NULL)
		return NULL;
	slot = store_pair_slot(ov, t->term, story);
	if (ov->pair_slots[slot] == 0)
		return NULL;
	return &ov->pairs[ov->pair_slots[slot] - 1];
}

struct store_pair *
store_overlay_add_pair(struct store_overlay *ov, const char *term,
    int64_t story, double base)
{
	struct store_term	*t = store_term_find(ov, term, true);
	struct store_pair	*p;

	if (ov->npairs == ov->pairs_cap) {
		ov->pairs_cap = ov->pairs_cap == 0 ? 256 : ov->pairs_cap * 2;
		ov->pairs = xreallocarray(ov->pairs, ov->pairs_cap,
		    sizeof *ov->pairs);
	}
	if ((ov->npairs + 1) * 2 > ov->pair_slots_cap)
		store_pair_rehash(ov);
	p = &ov->pairs[ov->npairs];
	p->term = t->term;
	p->story = story;
	p->base = base;
	p->delta = 0;
	p->next = t->head;
	p->ord = t->npairs++;
	p->seen = 0;
	p->stored = false;
	t->head = ++ov->npairs;
	ov->pair_slots[store_pair_slot(ov, p->term, story)] = ov->npairs;
	return p;
}

struct store_pair *
store_overlay_term(struct store_overlay *ov, const char *term)
{
	struct store_term	*t = store_term_find(ov, term, false);

	return t == NULL || t->head == 0 ? NULL : &ov->pairs[t->head - 1];
}

struct store_pair *
store_overlay_next(struct store_overlay *ov, const struct store_pair *p)
{
	return p->next == 0 ? NULL : &ov->pairs[p->next - 1];
}

static int
store_pair_cmp(const void *a, const void *b)
{
	const struct store_pair	*x = a, *y = b;
	int			 c = strcmp(x->term, y->term);

	if (c != 0)
		return c;
	return (x->story > y->story) - (x->story < y->story);
}

struct store_pair *
store_overlay_sorted(struct store_overlay *ov, size_t *n)
{
	/* The chains and slots name positions: they mean nothing after. */
	if (ov->npairs > 1)
		qsort(ov->pairs, ov->npairs, sizeof *ov->pairs,
		    store_pair_cmp);
	*n = ov->npairs;
	return ov->pairs;
}

/* ---- stories ---- */

static size_t
store_story_slot(const struct store_overlay *ov, int64_t story)
{
	size_t	i, mask = ov->story_slots_cap - 1;

	i = store_overlay_mix((uint64_t)story) & mask;
	while (ov->story_slots[i] != 0 &&
	    ov->stories[ov->story_slots[i] - 1].story != story)
		i = (i + 1) & mask;
	return i;
}

struct store_story_state *
store_overlay_story(struct store_overlay *ov, int64_t story)
{
	size_t	slot;

	if (ov->nstories == 0)
		return NULL;
	slot = store_story_slot(ov, story);
	return ov->story_slots[slot] == 0 ? NULL :
	    &ov->stories[ov->story_slots[slot] - 1];
}

struct store_story_state *
store_overlay_add_story(struct store_overlay *ov, int64_t story)
{
	struct store_story_state	*s;
	size_t				 i;

	if (ov->nstories == ov->stories_cap) {
		ov->stories_cap = ov->stories_cap == 0 ? 64 :
		    ov->stories_cap * 2;
		ov->stories = xreallocarray(ov->stories, ov->stories_cap,
		    sizeof *ov->stories);
	}
	if ((ov->nstories + 1) * 2 > ov->story_slots_cap) {
		free(ov->story_slots);
		ov->story_slots_cap = ov->story_slots_cap == 0 ? 128 :
		    ov->story_slots_cap * 2;
		ov->story_slots = xcalloc(ov->story_slots_cap,
		    sizeof *ov->story_slots);
		for (i = 0; i < ov->nstories; i++)
			ov->story_slots[store_story_slot(ov,
			    ov->stories[i].story)] = i + 1;
	}
	s = &ov->stories[ov->nstories];
	memset(s, 0, sizeof *s);
	s->story = story;
	ov->story_slots[store_story_slot(ov, story)] = ++ov->nstories;
	return s;
}

struct store_story_state *
store_overlay_stories(struct store_overlay *ov, size_t *n)
{
	*n = ov->nstories;
	return ov->stories;
}
