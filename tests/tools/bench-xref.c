/*
 * bench-xref: time the cross-reference of a store's stories, computed
 * afresh (the stories are marked changed first, in one batch, so no
 * cached result is used; what the process has read meanwhile, as a
 * long-running interface would have, is).
 *	bench-xref STORE one N	the first story of at least N articles,
 *				then the same story again
 *	bench-xref STORE all	every story
 * Prints the figures on stdout; used by make bench, never by tests.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "parallax/store.h"
#include "parallax/util.h"
#include "parallax/xref.h"

static double
bench_now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Mark the stories of at least min articles changed (all: min 0). */
static int
bench_touch(struct store *st, const struct store_story_list *l, size_t min)
{
	char	*cause;
	size_t	 i;

	if (store_begin(st, &cause) != 0)
		goto fail;
	for (i = 0; i < l->n; i++) {
		if (l->v[i].narticles >= min &&
		    store_story_touch(st, l->v[i].id, &cause) != 0)
			goto fail;
	}
	if (store_commit(st, &cause) != 0)
		goto fail;
	return 0;
fail:
	fprintf(stderr, "bench-xref: %s\n", cause);
	free(cause);
	return -1;
}

/* Compute one story's cross-reference; seconds, or -1. */
static double
bench_story(struct store *st, int64_t id, size_t *nclaims)
{
	struct xref_story	*x;
	char			*cause;
	double			 t0;

	t0 = bench_now();
	if (xref_story_get(st, id, &x, &cause) != 0) {
		fprintf(stderr, "bench-xref: %s\n", cause);
		free(cause);
		return -1;
	}
	t0 = bench_now() - t0;
	*nclaims = x->nclaims;
	xref_story_free(x);
	return t0;
}

int
main(int argc, char **argv)
{
	struct store_story_list	 l;
	struct store		*st;
	char			*cause;
	size_t			 i, min = 0, nclaims, total = 0, n = 0;
	double			 t, sum = 0, worst = 0;

	if (argc < 3 || (strcmp(argv[2], "one") == 0 && argc != 4)) {
		fprintf(stderr, "usage: bench-xref STORE one N | all\n");
		return 2;
	}
	/* As parallax's main() does. */
	util_heap_hugepages(UTIL_HEAP_HUGE);
	if (store_open(argv[1], false, &st, &cause) != 0 ||
	    store_list_stories(st, &l, &cause) != 0) {
		fprintf(stderr, "bench-xref: %s\n", cause);
		return 2;
	}
	if (strcmp(argv[2], "one") == 0)
		min = strtoul(argv[3], NULL, 10);
	if (bench_touch(st, &l, min) != 0)
		return 1;
	for (i = 0; i < l.n; i++) {
		if (min > 0 && l.v[i].narticles < min)
			continue;
		if ((t = bench_story(st, l.v[i].id, &nclaims)) < 0)
			return 1;
		sum += t;
		total += nclaims;
		n++;
		if (t > worst)
			worst = t;
		if (min > 0) {
			printf("xref of one story of %zu articles: %.2f ms, "
			    "%zu shared claims\n", l.v[i].narticles, t * 1e3,
			    nclaims);
			/* Again, as an interface that has shown a story
			 * already would: its memory and term counts warm. */
			if (bench_touch(st, &l, l.v[i].narticles) != 0 ||
			    (t = bench_story(st, l.v[i].id, &nclaims)) < 0)
				return 1;
			printf("  the same again in one process: %.2f ms\n",
			    t * 1e3);
			break;
		}
	}
	if (min == 0)
		printf("xref of all %zu stories: %.2f s (slowest %.1f ms), "
		    "%zu shared claims\n", n, sum, worst * 1e3, total);
	else if (n == 0)
		printf("xref: no story of %zu articles\n", min);
	store_story_list_free(&l);
	store_close(st);
	return 0;
}
