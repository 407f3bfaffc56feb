/*
 * fuzz-claim: figures and claims of cleaned hostile text.  Figures lie
 * inside the text with sane dates and a text of their own; claims lie
 * inside the body; the features of every claim survive
 * claim_features_encode() and claim_features_decode() unchanged; and the
 * decoder refuses or accepts raw bytes without harm (a damaged store).
 */
#include "fuzz.h"

#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/claim.h"
#include "parallax/text.h"

static void
fuzz_figure(const struct claim_figure *f, size_t len)
{
	char	*s;

	FUZZ_CHECK(f->start < f->end && f->end <= len);
	FUZZ_CHECK(!isnan(f->value));
	FUZZ_CHECK(f->unit >= CLAIM_UNIT_COUNT && f->unit <= CLAIM_UNIT_DATE);
	FUZZ_CHECK(f->qualifier >= CLAIM_QUAL_NONE &&
	    f->qualifier <= CLAIM_QUAL_UP_TO);
	FUZZ_CHECK(f->month >= 0 && f->month <= 12);
	FUZZ_CHECK(f->day >= 0 && f->day <= 31);
	FUZZ_CHECK(f->weekday >= 0 && f->weekday <= 7);
	s = claim_figure_text(f);
	FUZZ_CHECK(text_is_clean(s, strlen(s)));
	free(s);
	FUZZ_CHECK(claim_figure_is_comparable(f, f));
}

static void
fuzz_figures(const char *text, size_t len)
{
	struct claim_figure	*figs;
	size_t			 n, i;

	n = claim_figures(text, len, &figs);
	FUZZ_CHECK((n == 0) == (figs == NULL));
	for (i = 0; i < n; i++) {
		fuzz_figure(&figs[i], len);
		FUZZ_CHECK(i == 0 || figs[i].start >= figs[i - 1].start);
	}
	claim_figures_free(figs, n);
}

/* Encode, decode and encode again: the same text both times. */
static void
fuzz_round_trip(const struct claim *c)
{
	struct claim	 d;
	char		*a, *b, *cause = NULL;

	a = claim_features_encode(c);
	if (claim_features_decode(a, strlen(a), &d, &cause) != 0) {
		fprintf(stderr, "decode: %s\n%s", cause, a);
		FUZZ_CHECK(!"encoded features decode");
	}
	b = claim_features_encode(&d);
	FUZZ_CHECK(strcmp(a, b) == 0);
	FUZZ_CHECK(d.nwords == c->nwords && d.nfigures == c->nfigures);
	claim_fini(&d);
	free(b);
	free(a);
}

static void
fuzz_claims(const char *body, size_t len)
{
	struct claim_list	 l;
	const struct claim	*c;
	size_t			 i, k;

	claim_extract(body, len, &l);
	for (i = 0; i < l.nclaims; i++) {
		c = &l.claims[i];
		FUZZ_CHECK(c->start <= c->end && c->end <= len);
		FUZZ_CHECK(c->speaker_start <= c->speaker_end);
		FUZZ_CHECK(c->speaker_end <= len);
		for (k = 0; k < c->nwords; k++)
			FUZZ_CHECK(c->words[k].word != NULL &&
			    c->words[k].stem != NULL);
		for (k = 0; k < c->nfigures; k++)
			FUZZ_CHECK(c->figures[k].end <= len);
		fuzz_round_trip(c);
	}
	claim_list_fini(&l);
}

/* Raw bytes as stored features: refused with a reason, or a claim. */
static void
fuzz_decode(const uint8_t *data, size_t size)
{
	struct claim	 c;
	char		*cause = NULL, *again;

	if (claim_features_decode((const char *)data, size, &c, &cause) != 0) {
		FUZZ_CHECK(cause != NULL);
		free(cause);
		claim_fini(&c);
		return;
	}
	again = claim_features_encode(&c);
	free(again);
	claim_fini(&c);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	*body;
	size_t	 len;

	body = text_clean_body((const char *)data, size, &len, NULL);
	fuzz_figures(body, len);
	fuzz_claims(body, len);
	free(body);
	fuzz_decode(data, size);
	return 0;
}
