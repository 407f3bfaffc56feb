/*
 * fuzz-match: the matcher on two cleaned hostile texts.  The input is cut
 * in two at its first NUL byte (in half when it has none); each half
 * becomes a claim.  Scores are numbers in [0, 1] whether the words weigh
 * alike or by document frequency, match_score() agrees with
 * match_claims(), the verdict is one of the four, the explanation is
 * clean text, and comparing a claim with itself is symmetric.  The
 * `match` command's line reader gets the raw bytes as its stdin.
 */
#include "fuzz.h"

#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "parallax/claim.h"
#include "parallax/match.h"
#include "parallax/text.h"

static void
fuzz_pair(const struct claim *a, const struct claim *b,
    const struct match_df *df)
{
	struct match_result	 r;
	enum match_verdict	 v;
	double			 s;
	char			*text;
	size_t			 i;

	match_claims(a, b, df, &r);
	FUZZ_CHECK(r.score >= 0.0 && r.score <= 1.0);
	FUZZ_CHECK(r.verdict >= MATCH_NONE && r.verdict <= MATCH_RELATED);
	for (i = 0; i < MATCH_NFEATURES; i++)
		FUZZ_CHECK(isfinite(r.features[i]));
	text = match_result_text(&r);
	FUZZ_CHECK(text_is_clean(text, strlen(text)));
	free(text);
	s = match_score(a, b, df, &v);
	FUZZ_CHECK(s >= 0.0 && s <= 1.0);
	FUZZ_CHECK(fabs(s - r.score) < 1e-9 && v == r.verdict);
	match_result_fini(&r);
}

static void
fuzz_claims(const char *ta, size_t la, const char *tb, size_t lb)
{
	struct claim		 a, b;
	struct match_dftable	*t;
	struct match_df		 df;

	claim_init(&a, ta, 0, la);
	claim_init(&b, tb, 0, lb);
	fuzz_pair(&a, &b, NULL);
	fuzz_pair(&b, &a, NULL);
	fuzz_pair(&a, &a, NULL);
	t = match_dftable_create();
	match_dftable_add(t, &a);
	match_dftable_add(t, &b);
	match_dftable_use(t, &df);
	fuzz_pair(&a, &b, &df);
	FUZZ_CHECK(fabs(match_score(&a, &b, &df, NULL) -
	    match_score(&b, &a, &df, NULL)) < 1e-9);
	match_dftable_free(t);
	claim_fini(&b);
	claim_fini(&a);
}

/*
 * The `match` command reading raw bytes.  Its output and its complaints
 * about malformed lines go to /dev/null (they would slow fuzzing down);
 * a crash leaves the input behind all the same.
 */
static void
fuzz_run_pairs(const uint8_t *data, size_t size)
{
	FILE	*in, *out;
	char	*cause = NULL;
	int	 err;

	if (size == 0)
		return;
	in = fmemopen((void *)(uintptr_t)data, size, "r");
	out = fopen("/dev/null", "w");
	FUZZ_CHECK(in != NULL && out != NULL);
	fflush(stderr);
	err = dup(STDERR_FILENO);
	FUZZ_CHECK(err != -1 && dup2(fileno(out), STDERR_FILENO) != -1);
	if (match_run_pairs(in, out, &cause) != 0)
		FUZZ_CHECK(cause != NULL);
	fflush(stderr);
	FUZZ_CHECK(dup2(err, STDERR_FILENO) != -1);
	close(err);
	free(cause);
	fclose(out);
	fclose(in);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t	*cut;
	size_t		 half, la, lb;
	char		*a, *b;

	cut = memchr(data, '\0', size);
	half = cut != NULL ? (size_t)(cut - data) : size / 2;
	a = text_clean((const char *)data, half, &la, NULL);
	if (cut != NULL)
		half++;
	b = text_clean((const char *)data + half, size - half, &lb, NULL);
	fuzz_claims(a, la, b, lb);
	free(b);
	free(a);
	fuzz_run_pairs(data, size);
	return 0;
}
